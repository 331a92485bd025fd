/** Sections that need a signed-in user; the proxy sends anonymous visitors to sign in first. */
const protectedSections = ["/app", "/admin", "/account"];

export function isProtectedPath(pathname: string): boolean {
  return protectedSections.some((section) => pathname === section || pathname.startsWith(`${section}/`));
}

export function signInPathFor(nextPath: string): string {
  return `/sign-in?${new URLSearchParams({ next: nextPath })}`;
}
