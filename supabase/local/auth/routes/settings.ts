import type { RouteHandler } from "../env.ts";
import { json } from "../http.ts";
import { isProviderEnabled, OAUTH_PROVIDERS } from "../providers.ts";

export const settings: RouteHandler = async (env) => {
  const external: Record<string, boolean> = { anonymous_users: false };
  for (const name of Object.keys(OAUTH_PROVIDERS)) external[name] = isProviderEnabled(env.config, name);
  external.email = env.config.email.enable_signup;
  external.phone = false;
  return json({
    external,
    disable_signup: !env.config.enable_signup,
    mailer_autoconfirm: !env.config.email.enable_confirmations,
    phone_autoconfirm: false,
    sms_provider: "",
    saml_enabled: true,
  });
};
