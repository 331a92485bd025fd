import "server-only";
import type { Handler, InngestFunction } from "inngest";
import { inngest } from "./client";

/**
 * The SDK keeps a function's handler private, so every function is defined through this wrapper, which
 * remembers the handler beside the object Inngest serves. The local scheduler reads it back with
 * `handlerOf`, so one definition feeds both Inngest and the in-process scheduler.
 */
const handlers = new WeakMap<InngestFunction.Any, Handler.Any>();

export const createFunction: typeof inngest.createFunction = (options, handler) => {
  const fn = inngest.createFunction(options, handler);
  handlers.set(fn, handler);
  return fn;
};

export function handlerOf(fn: InngestFunction.Any): Handler.Any | undefined {
  return handlers.get(fn);
}
