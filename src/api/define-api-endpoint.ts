import "server-only";
import type { z } from "zod";
import type { RequestDb } from "@/src/workspace/request-db";
import type { ApiScope } from "./authenticate-api-key";

export interface ApiHandlerInput<Params, Query, Body> {
  /** The request's transaction as the key's organization (read-only for a read request). */
  db: RequestDb;
  orgId: string;
  params: Params;
  query: Query;
  body: Body;
}

/**
 * One operation of the public API: its schemas are both the validation of the request and the source of the
 * OpenAPI document, so the two cannot drift apart.
 */
export interface ApiEndpoint<Params = unknown, Query = unknown, Body = unknown, Result = unknown> {
  method: "GET" | "POST";
  /** OpenAPI path template under /api/v1, e.g. `/tickets/{id}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  /** read: GET requests; write: requests that change data. */
  scope: ApiScope;
  params?: z.ZodType<Params>;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  response: z.ZodType<Result>;
  status: 200 | 201;
  handler: (input: ApiHandlerInput<Params, Query, Body>) => Promise<Result | null>;
}

/** Identity with inference: `handler`'s input is typed by the schemas given. */
export function defineApiEndpoint<Params = undefined, Query = undefined, Body = undefined, Result = unknown>(
  endpoint: ApiEndpoint<Params, Query, Body, Result>,
): ApiEndpoint<Params, Query, Body, Result> {
  return endpoint;
}
