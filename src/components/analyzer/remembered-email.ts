/**
 * The email this visitor gave the analyzer, kept for the tab's lifetime only, so the sign-up call to action
 * can prefill it without the address being stored anywhere longer-lived.
 */
const key = "arco.analyzer.email";

export function rememberEmail(email: string): void {
  try {
    sessionStorage.setItem(key, email);
  } catch {
    // Storage can be disabled (private modes); the form simply is not prefilled then.
  }
}

export function rememberedEmail(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
