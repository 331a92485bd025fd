import { deliverAuthEmail, verifyLink } from "./emails.ts";
import type { AuthEnv } from "./env.ts";
import { createFlowState } from "./flow-state.ts";
import { LINK_AUTH_METHOD, lastSentAt, storeLinkToken, type LinkKind } from "./one-time-tokens.ts";
import type { PkceChallenge } from "./pkce.ts";
import { enforceEmailQuota, enforceResendWindow } from "./rate-limit.ts";
import type { UserRow } from "./users.ts";

/**
 * Mails a confirmation, invite, magic-link or recovery email (link + code), honouring the per-user resend
 * window and the global email quota. In a PKCE flow the token is `pkce_`-prefixed and a flow state keeps
 * the challenge, so the link later redirects with `?code=`.
 */
export async function sendLinkEmail(
  env: AuthEnv,
  user: UserRow,
  kind: LinkKind,
  redirectTo: string,
  pkce: PkceChallenge | null,
): Promise<void> {
  enforceResendWindow(lastSentAt(user, kind), env.config.email.max_frequency);
  enforceEmailQuota(env.limits);
  const token = await env.sql.begin(async (tx) => {
    const issued = await storeLinkToken(tx, env.config, user, kind, pkce !== null);
    if (pkce) {
      await createFlowState(tx, {
        userId: user.id,
        pkce,
        providerType: "email",
        authenticationMethod: LINK_AUTH_METHOD[kind],
        referrer: redirectTo,
      });
    }
    return issued;
  });
  deliverAuthEmail(env, {
    kind,
    to: user.email ?? "",
    link: verifyLink(env, token.stored, kind, redirectTo),
    otp: token.otp,
  });
}
