import type { analyzerApiPtBR } from "./analyzer-api.pt-BR";

export const analyzerApiEn: typeof analyzerApiPtBR = {
  messages: {
    bodyNotJson: "Send the data as JSON (Content-Type: application/json).",
    bodyMalformed: "The data sent is not valid JSON.",
    bodyTooLarge: "The data sent is too large.",
    bodyInvalid: "The data sent is incomplete or in an unexpected format.",
    urlEmpty: "Enter the website's address.",
    urlTooLong: "The address can have at most {max} characters.",
    urlScheme: "Use an address that starts with http:// or https://.",
    urlCredentials: "Do not include a user name or password in the address.",
    urlHost: "This address does not look like a public website. Check the domain, as in www.example.com.",
    urlDomainNotFound: "We could not find the domain {host}. Check that it is spelled correctly.",
    urlNotAllowed: "This address points to a private or internal network and cannot be analyzed.",
    emailInvalid: "Enter a valid email, such as name@company.com.",
    captchaMissing: "Confirm that you are not a robot and send again.",
    captchaRejected: "We could not confirm that you are not a robot. Please try again.",
    analysesLimit: "You have reached the daily limit of free analyses. Try again in {wait}.",
    emailsLimit: "You have reached the daily limit of emails given. Try again in {wait}.",
    notFound: "Analysis not found.",
    unavailable: "The analysis service is unavailable right now. Try again in a moment.",
    internal: "Something went wrong on our side. Try again in a moment.",
  },
  wait: {
    minutes: "{count} min",
    hours: "{count} h",
  },
};
