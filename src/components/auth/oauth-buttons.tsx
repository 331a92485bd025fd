"use client";

import { useState } from "react";
import { callbackUrl } from "../../auth/callback-url";
import { useI18n } from "../../i18n/i18n-provider";
import { useSupabaseBrowserClient } from "../../supabase/supabase-config-provider";
import { buttonStyles } from "../ui/button-styles";
import { LiveMessage } from "../ui/live-message";
import { Spinner } from "../ui/spinner";
import { GitHubLogo, GoogleLogo } from "./provider-logos";

type Provider = "google" | "github";

/**
 * OAuth starts in the browser: the client stores the PKCE verifier in a cookie and navigates to the
 * provider, which returns to /auth/callback where the server exchanges the code for a session.
 */
export function OAuthButtons({ next }: { next: string }) {
  const { t } = useI18n();
  const getClient = useSupabaseBrowserClient();
  const [pending, setPending] = useState<Provider | null>(null);
  const [failed, setFailed] = useState(false);

  async function signIn(provider: Provider) {
    setPending(provider);
    setFailed(false);
    const client = await getClient();
    const { error } = await client.auth.signInWithOAuth({
      provider,
      options: { redirectTo: callbackUrl(window.location.origin, next) },
    });
    // On success the browser is already leaving the page, so only a failure needs handling.
    if (error) {
      setPending(null);
      setFailed(true);
    }
  }

  const providers = [
    { id: "google", label: t.auth.signIn.google, logo: <GoogleLogo /> },
    { id: "github", label: t.auth.signIn.github, logo: <GitHubLogo /> },
  ] as const;

  return (
    <>
      <LiveMessage tone="error">{failed ? t.errors.unexpected : null}</LiveMessage>
      {providers.map(({ id, label, logo }) => (
        <button
          key={id}
          type="button"
          onClick={() => signIn(id)}
          disabled={pending !== null}
          aria-busy={pending === id}
          className={buttonStyles({ variant: "secondary", fullWidth: true })}
        >
          {pending === id ? <Spinner /> : logo}
          {label}
        </button>
      ))}
    </>
  );
}
