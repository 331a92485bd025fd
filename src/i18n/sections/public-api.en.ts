import type { publicApiPtBR } from "./public-api.pt-BR";

/** The public API's refusals of a malformed request, and its reference page. */
export const publicApiEn: typeof publicApiPtBR = {
  request: {
    not_json: "Send the body as JSON (Content-Type: application/json).",
    too_large: "The body is larger than 1 MB.",
    malformed: "The body is not valid JSON.",
    invalid: "The field {field} is invalid: {detail}",
  },
  reference: {
    title: "Arco public API",
    description:
      "Read your organization's data and open tickets from your own systems. Every request carries an API key created under Settings → API keys.",
    authTitle: "Authentication",
    authBody: "Send the key in the Authorization header. Read-only keys cannot open tickets.",
    limitsTitle: "Rate limits",
    limitsBody:
      "Per organization and minute, by plan. Every answer carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; past the limit the answer is 429 with Retry-After.",
    limitsTable: "Requests per minute by plan",
    plan: "Plan",
    perMinute: "Requests per minute",
    errorsTitle: "Errors",
    errorsBody: 'Every refusal has the shape { "error": { "code", "message" } }; an invalid field is named in "field".',
    endpointsTitle: "Operations",
    scope: "Scope",
    scopes: { read: "read", write: "write" },
    required: "required",
    parameters: "Parameters",
    requestBody: "Request body",
    response: "Response",
    openapi: "OpenAPI 3.1 document",
  },
};
