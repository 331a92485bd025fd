/**
 * The page identity providers and email links return to. `next` rides along so the user ends up where they
 * were going; /auth/callback validates it again before redirecting.
 */
export function callbackUrl(origin: string, nextPath: string): string {
  const url = new URL("/auth/callback", origin);
  url.searchParams.set("next", nextPath);
  return url.toString();
}
