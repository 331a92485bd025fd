import { safeNextPath } from "./safe-next-path";

/**
 * The page identity providers and email links return to. `next` rides along so the user ends up where they
 * were going; it is vetted here as well as by /auth/callback before redirecting, so no caller can mail a
 * link that carries a foreign destination.
 */
export function callbackUrl(origin: string, nextPath: string): string {
  const url = new URL("/auth/callback", origin);
  url.searchParams.set("next", safeNextPath(nextPath));
  return url.toString();
}
