import type { captchaPtBR } from "./captcha.pt-BR";

/** The anti-robot check on the forms that make Arco send an email (and on sign-in), when one is configured. */
export const captchaEn: typeof captchaPtBR = {
  label: "Anti-robot check",
  loadFailed: "The anti-robot check did not load. Reload the page; if it persists, allow blockers for this site.",
};
