import type { analysisFailuresPtBR } from "./analysis-failures.pt-BR";

/** Why an analysis failed, in English; the keys follow the Brazilian Portuguese reference. */
export const analysisFailuresEn: typeof analysisFailuresPtBR = {
  dns_failure:
    "We couldn't find this address: the domain doesn't exist or isn't answering in DNS. Check that it is spelled correctly.",
  url_not_allowed:
    "We don't analyze this address: it points to an internal or private network that can't be reached from the internet.",
  unreachable:
    "We couldn't connect to the site: the server refused the connection or is down. Try again in a few minutes.",
  timeout: "The site took too long to answer. Try again in a few minutes.",
  too_many_redirects:
    "The address redirects too many times (or in a loop), so we never reached a page. Check the site's redirects.",
  http_status:
    "The site answered with error {status}, so there is no page to analyze. Check that the address is right and the page is online.",
  not_html:
    "This address isn't a web page (it may be an image, a PDF or a file). Enter the address of a page on the site.",
  page_load_timeout:
    "The page started loading but didn't finish within the time limit, so its measurements wouldn't be reliable. Check whether something on the page keeps loading forever.",
  lighthouse_error:
    "The browser we use for the analysis ran into a problem opening the page. Try again in a few minutes.",
  interrupted:
    "The analysis was interrupted on our side before it finished (nothing to do with your site). Try again: it usually takes under a minute.",
};
