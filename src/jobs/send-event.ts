import "server-only";
import { inngest, type AppEvent } from "@/inngest/client";
import { inngestConfigured } from "./inngest-configured";
import { localScheduler } from "./local-scheduler-instance";

/**
 * The one way the app emits events: to Inngest when it is configured, else to the in-process scheduler.
 * Build events from the catalogue (`analyzerUrlSubmitted.create({ analysisId })`); their data is
 * validated before anything is sent, so a malformed event fails at the caller.
 */
export async function sendEvent(events: AppEvent | AppEvent[]): Promise<{ ids: string[] }> {
  if (inngestConfigured()) return inngest.send(events);
  const list = Array.isArray(events) ? events : [events];
  await Promise.all(list.map((e) => e.validate()));
  return localScheduler().send(list);
}
