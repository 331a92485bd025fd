import { isLocale, localeCookieName, type Locale } from "@/src/i18n/locales";
import { negotiateLocale } from "@/src/i18n/negotiate-locale";

/**
 * The language of an API answer: the `locale` the body asks for, else the visitor's explicit choice (the
 * language cookie), else Accept-Language, else pt-BR.
 */
export function requestLocale(request: Request, bodyLocale?: unknown): Locale {
  if (isLocale(bodyLocale)) return bodyLocale;
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === localeCookieName)?.[1];
  return negotiateLocale(cookie, request.headers.get("accept-language"));
}
