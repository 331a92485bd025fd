import "server-only";
import { EventType, type InngestFunction, type StandardSchemaV1 } from "inngest";

export interface EventTrigger {
  /** An exact name, or a prefix ending in `*` as Inngest allows. */
  event: string;
  schema?: StandardSchemaV1;
  /** An Inngest CEL expression; the local scheduler cannot evaluate it. */
  if?: string;
}

export interface FunctionTriggers {
  events: EventTrigger[];
  crons: string[];
}

/**
 * Reads the triggers from a function's public options, in every form `createFunction` accepts: an
 * `eventType(...)`, `{ event: eventType(...) | "name", if? }` or `cron(...)`.
 */
export function functionTriggers(fn: InngestFunction.Any): FunctionTriggers {
  const result: FunctionTriggers = { events: [], crons: [] };
  const raw: unknown = fn.opts.triggers;
  const triggers: unknown[] = Array.isArray(raw) ? raw : raw ? [raw] : [];
  for (const trigger of triggers) {
    if (trigger instanceof EventType) {
      result.events.push({ event: trigger.name, schema: trigger.schema });
    } else if (
      typeof trigger === "object" &&
      trigger !== null &&
      "cron" in trigger &&
      typeof trigger.cron === "string"
    ) {
      result.crons.push(trigger.cron);
    } else if (typeof trigger === "object" && trigger !== null && "event" in trigger) {
      const { event } = trigger;
      const condition = "if" in trigger && typeof trigger.if === "string" ? trigger.if : undefined;
      if (event instanceof EventType) result.events.push({ event: event.name, schema: event.schema, if: condition });
      else if (typeof event === "string") result.events.push({ event, if: condition });
    }
  }
  return result;
}

export function triggerMatches(trigger: EventTrigger, eventName: string): boolean {
  return trigger.event.endsWith("*") ? eventName.startsWith(trigger.event.slice(0, -1)) : trigger.event === eventName;
}
