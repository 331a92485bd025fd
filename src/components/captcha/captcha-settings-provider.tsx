"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { CaptchaProvider } from "../../captcha/captcha-config";

export interface PublicCaptchaSettings {
  provider: CaptchaProvider;
  siteKey: string;
}

const CaptchaSettingsContext = createContext<PublicCaptchaSettings | null>(null);

/** Hands the CAPTCHA's public settings (read on the server at request time) to the forms below. */
export function CaptchaSettingsProvider({
  settings,
  children,
}: {
  settings: PublicCaptchaSettings | null;
  children: ReactNode;
}) {
  return <CaptchaSettingsContext value={settings}>{children}</CaptchaSettingsContext>;
}

/** Null when no CAPTCHA is configured, or outside a layout that provides one. */
export function useCaptchaSettings(): PublicCaptchaSettings | null {
  return useContext(CaptchaSettingsContext);
}
