import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { callbackUrl } from "./callback-url";
import { linkOrigin } from "./link-origin";

/**
 * The callback URL for emails and identity providers, on the origin the browser is using when that is the
 * app's (the PKCE verifier cookie only exists there), else on APP_URL. Next.js checks a server action's
 * Origin against its Host, but a request sent outside a browser chooses both, so the Origin is vetted too.
 */
export async function authCallbackUrl(nextPath: string): Promise<string> {
  const { APP_URL } = env();
  return callbackUrl(linkOrigin((await headers()).get("origin"), APP_URL), nextPath);
}
