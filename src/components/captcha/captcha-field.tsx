"use client";

import { useEffect, useRef, useState } from "react";
import type { Locale } from "../../i18n/locales";
import { useI18n } from "../../i18n/i18n-provider";
import { LiveMessage } from "../ui/live-message";
import { useCaptchaSettings, type PublicCaptchaSettings } from "./captcha-settings-provider";
import { loadCaptchaApi, type CaptchaApi } from "./load-captcha-api";

/** The widget in the page's language (each provider has its own option name and codes). */
function languageOption(provider: PublicCaptchaSettings["provider"], locale: Locale): Record<string, string> {
  const portuguese = locale === "pt-BR";
  return provider === "turnstile" ? { language: portuguese ? "pt-br" : "en" } : { hl: portuguese ? "pt" : "en" };
}

/**
 * The CAPTCHA of a form that makes Arco send an email (and of sign-in), when one is configured; nothing
 * otherwise. The provider's widget hands out a token, posted with the form as `captchaToken`. A token is good
 * for one check only, so the widget starts over whenever `attempt` changes: forms pass something that changes
 * with every answer from the server (a server action's state, a counter of failed sends).
 */
export function CaptchaField({ attempt }: { attempt?: unknown }) {
  const settings = useCaptchaSettings();
  const { locale, t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const widget = useRef<{ api: CaptchaApi; id: string } | null>(null);
  const [token, setToken] = useState("");
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!settings || !element) return;
    let active = true;
    loadCaptchaApi(settings.provider).then(
      (api) => {
        if (!active) return;
        const id = api.render(element, {
          sitekey: settings.siteKey,
          ...languageOption(settings.provider, locale),
          // Turnstile would add a field of its own; the token goes in `captchaToken` below.
          ...(settings.provider === "turnstile" ? { "response-field": false } : {}),
          callback: (value: string) => setToken(value),
          "expired-callback": () => setToken(""),
          "error-callback": () => setToken(""),
        });
        widget.current = { api, id };
      },
      () => active && setLoadFailed(true),
    );
    return () => {
      active = false;
      if (widget.current) widget.current.api.remove(widget.current.id);
      widget.current = null;
      setToken("");
    };
  }, [settings, locale]);

  const lastAttempt = useRef(attempt);
  useEffect(() => {
    if (Object.is(lastAttempt.current, attempt)) return;
    lastAttempt.current = attempt;
    setToken("");
    if (widget.current) widget.current.api.reset(widget.current.id);
  }, [attempt]);

  if (!settings) return null;
  return (
    <div role="group" aria-label={t.captcha.label} className="grid gap-2">
      <div ref={container} />
      <input type="hidden" name="captchaToken" value={token} />
      <LiveMessage tone="error">{loadFailed ? t.captcha.loadFailed : null}</LiveMessage>
    </div>
  );
}
