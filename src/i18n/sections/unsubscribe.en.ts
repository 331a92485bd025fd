import type { unsubscribePtBR } from "./unsubscribe.pt-BR";

/** The unsubscribe page, reached from the footer of the funnel's emails without signing in. */
export const unsubscribeEn: typeof unsubscribePtBR = {
  title: "Stop receiving emails from Arco",
  subtitle:
    "Confirm and we will send no more tips to this address. The reports you already received stay available at the same links.",
  confirm: "Confirm unsubscribe",
  doneTitle: "Done, you are unsubscribed",
  doneBody: "You will not receive any more tips from Arco at this address.",
  invalidTitle: "Invalid link",
  invalidBody: "This unsubscribe link is not valid. Use the link in the footer of Arco's most recent email, unchanged.",
  backHome: "Go to the home page",
};
