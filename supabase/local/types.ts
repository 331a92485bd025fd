import type { Sql } from "postgres";
import type { StackConfig } from "./config.ts";
import type { StackKeys } from "./keys.ts";
import type { Mailbox } from "./mailbox.ts";

/** What every emulated service receives when the stack starts. */
export interface StackContext {
  /** Pool of connections to the stack's Postgres as the `postgres` superuser (prepare: false). */
  sql: Sql;
  keys: StackKeys;
  config: StackConfig;
  mailbox: Mailbox;
  /** Public base URL of the API gateway, e.g. http://127.0.0.1:54321 (no trailing slash). */
  apiUrl: string;
  /** Postgres connection string for clients outside the process. */
  dbUrl: string;
}

/** Per-request facts the gateway knows and a Fetch `Request` does not. */
export interface RequestInfo {
  /** Path below the service prefix, starting with "/", e.g. "/token" for /auth/v1/token. */
  path: string;
  /** Client address taken from the TCP connection. */
  ip: string;
}

export type ServiceHandler = (req: Request, info: RequestInfo) => Promise<Response>;

export interface Service {
  handle: ServiceHandler;
  close?: () => Promise<void>;
}
