import type { RouteHandler } from "../env.ts";
import { json } from "../http.ts";
import { isProviderEnabled, OAUTH_PROVIDERS } from "../providers.ts";

/** GET /settings — what the instance allows, from the same config.toml keys as the Supabase CLI. */
export const settings: RouteHandler = async (env) => {
  const external: Record<string, boolean> = { anonymous_users: env.config.enable_anonymous_sign_ins };
  for (const name of Object.keys(OAUTH_PROVIDERS)) external[name] = isProviderEnabled(env.config, name);
  external.email = env.config.email.enable_signup;
  external.phone = env.config.sms.enable_signup;
  return json({
    external,
    disable_signup: !env.config.enable_signup,
    mailer_autoconfirm: !env.config.email.enable_confirmations,
    phone_autoconfirm: !env.config.sms.enable_confirmations,
    sms_provider: env.config.sms.enable_signup ? "test" : "",
    saml_enabled: env.config.saml.enabled,
  });
};
