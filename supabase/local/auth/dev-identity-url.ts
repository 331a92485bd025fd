import type { AuthEnv } from "./env.ts";

/** The local stand-in for an identity provider's sign-in page, for one flow. */
export function devIdentityUrl(env: AuthEnv, flowId: string): string {
  return `${env.authUrl}/dev-identity?flow=${encodeURIComponent(flowId)}`;
}
