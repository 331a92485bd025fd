import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { callbackUrl } from "./callback-url";

/**
 * The callback URL for emails and identity providers, on the origin the browser is using (Next.js has
 * already checked a server action's Origin against its Host): the PKCE verifier cookie only exists there.
 * APP_URL is the fallback when no Origin header was sent.
 */
export async function authCallbackUrl(nextPath: string): Promise<string> {
  const origin = (await headers()).get("origin") ?? env().APP_URL;
  return callbackUrl(origin, nextPath);
}
