/** The second sign-in step (the authenticator code), coming back to `nextPath` afterwards. */
export function secondStepPathFor(nextPath: string): string {
  return `/mfa?${new URLSearchParams({ next: nextPath })}`;
}

/** The account's security page, where a factor is enrolled; `next` is where to go once one is verified. */
export function securityPathFor(nextPath?: string): string {
  return nextPath ? `/account/security?${new URLSearchParams({ next: nextPath })}` : "/account/security";
}
