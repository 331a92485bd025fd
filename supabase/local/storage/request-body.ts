import type { z } from "zod";
import { errors } from "./errors.ts";

/** The JSON body validated against `schema`; failures answer like Storage's request-schema errors. */
export async function readJsonBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.output<T>> {
  const text = await req.text();
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw errors.badRequest("Body is not valid JSON");
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `body/${issue.path.join("/")}` : "body";
    throw errors.badRequest(`${where} ${issue?.message ?? "is invalid"}`);
  }
  return parsed.data;
}

/** The chunks of a request body, read one at a time (never buffered whole). */
export async function* chunksOf(stream: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Reads and drops whatever of the body a handler left unread, so the client can finish sending and see the answer. */
export async function drainBody(req: Request): Promise<void> {
  if (!req.body || req.bodyUsed) return;
  const reader = req.body.getReader();
  try {
    while (!(await reader.read()).done);
  } catch {
    // The client went away; there is nobody left to answer.
  }
}
