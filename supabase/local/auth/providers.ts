import type { AuthConfig } from "./env.ts";

/** The OAuth providers GoTrue knows, with the names the development sign-in page shows. */
export const OAUTH_PROVIDERS: Record<string, string> = {
  apple: "Apple",
  azure: "Azure",
  bitbucket: "Bitbucket",
  discord: "Discord",
  facebook: "Facebook",
  figma: "Figma",
  fly: "Fly",
  github: "GitHub",
  gitlab: "GitLab",
  google: "Google",
  keycloak: "Keycloak",
  kakao: "Kakao",
  linkedin: "LinkedIn",
  linkedin_oidc: "LinkedIn",
  nextcloud: "Nextcloud",
  notion: "Notion",
  spotify: "Spotify",
  slack: "Slack",
  slack_oidc: "Slack",
  workos: "WorkOS",
  twitch: "Twitch",
  twitter: "Twitter",
  zoom: "Zoom",
};

export function isProviderEnabled(config: AuthConfig, provider: string): boolean {
  return config.external[provider]?.enabled ?? false;
}

/** Identity provider names of SAML SSO, as GoTrue records them: `sso:<provider id>`. */
export const SSO_PREFIX = "sso:";
