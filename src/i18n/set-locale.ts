"use server";

import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "../actions/define-action";
import { localeCookieName, locales } from "./locales";

const oneYearInSeconds = 60 * 60 * 24 * 365;

/** Remembers the language chosen with the switcher; setting a cookie here re-renders the current page. */
export const setLocale = defineAction(z.object({ locale: z.enum(locales) }), async ({ locale }) => {
  (await cookies()).set(localeCookieName, locale, { path: "/", maxAge: oneYearInSeconds, sameSite: "lax" });
  return { locale };
});
