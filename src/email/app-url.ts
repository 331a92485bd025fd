import "server-only";
import { env } from "@/src/env";

/** An absolute link into the app for an email (`path` starts with `/`): emails cannot use relative links. */
export function appUrl(path: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}${path}`;
}
