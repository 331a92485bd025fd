import type { CaptchaProvider } from "../../captcha/captcha-config";

/** The part of the providers' explicit-rendering API used here: Turnstile's and hCaptcha's have this shape. */
export interface CaptchaApi {
  render(container: HTMLElement, options: Record<string, unknown>): string;
  reset(widgetId: string): void;
  remove(widgetId: string): void;
}

const scripts: Record<CaptchaProvider, { src: string; global: string }> = {
  turnstile: { src: "https://challenges.cloudflare.com/turnstile/v0/api.js", global: "turnstile" },
  hcaptcha: { src: "https://js.hcaptcha.com/1/api.js", global: "hcaptcha" },
};

const loading = new Map<CaptchaProvider, Promise<CaptchaApi>>();

/**
 * Loads the provider's script once per page, for explicit rendering: React places and removes the widgets
 * (the default, a scan of the page when the script loads, would miss forms rendered after it). The API is
 * ready when the script calls its `onload` callback, not at the script's load event. A failed load is
 * forgotten, so the next form to mount tries again.
 */
export function loadCaptchaApi(provider: CaptchaProvider): Promise<CaptchaApi> {
  const pending = loading.get(provider);
  if (pending) return pending;
  const { src, global } = scripts[provider];
  const page = window as unknown as Record<string, unknown>;
  const promise = new Promise<CaptchaApi>((resolve, reject) => {
    const onload = `arcoCaptchaLoaded_${provider}`;
    page[onload] = () => resolve(page[global] as CaptchaApi);
    const script = document.createElement("script");
    script.src = `${src}?${new URLSearchParams({ render: "explicit", onload })}`;
    script.async = true;
    script.onerror = () => {
      loading.delete(provider);
      script.remove();
      reject(new Error(`The ${provider} script could not be loaded`));
    };
    document.head.append(script);
  });
  loading.set(provider, promise);
  return promise;
}
