import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { dictionaryFor } from "./dictionary";
import { localeCookieName } from "./locales";
import { negotiateLocale } from "./negotiate-locale";

/** The request's language and its dictionary, for server components, actions and route handlers. */
export const getTranslations = cache(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(localeCookieName)?.value, headerList.get("accept-language"));
  return { locale, t: dictionaryFor(locale) };
});
