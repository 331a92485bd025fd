import type { RouteHandler } from "../env.ts";
import { badRequest } from "../errors.ts";
import { passwordGrant } from "../grants/password.ts";
import { idTokenGrant } from "../grants/id-token.ts";
import { pkceGrant } from "../grants/pkce.ts";
import { refreshTokenGrant } from "../grants/refresh-token.ts";

export const token: RouteHandler = async (env, request) => {
  switch (request.url.searchParams.get("grant_type")) {
    case "password":
      return passwordGrant(env, request);
    case "refresh_token":
      return refreshTokenGrant(env, request);
    case "pkce":
      return pkceGrant(env, request);
    case "id_token":
      return idTokenGrant(env, request);
    case "web3":
      // No Web3 (Solana/Ethereum) sign-in is configured locally, as in Arco's projects.
      throw badRequest("web3_provider_disabled", "Web3 provider is disabled");
    default:
      throw badRequest("invalid_credentials", "unsupported_grant_type");
  }
};
