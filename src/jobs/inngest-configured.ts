import "server-only";
import { env } from "@/src/env";

/** With an event key or a self-hosted/dev server URL, Inngest runs the jobs; otherwise this process does. */
export function inngestConfigured(): boolean {
  const { INNGEST_EVENT_KEY, INNGEST_BASE_URL } = env();
  return Boolean(INNGEST_EVENT_KEY || INNGEST_BASE_URL);
}
