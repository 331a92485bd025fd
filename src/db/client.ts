import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import { connection } from "./connection";
import * as schema from "./schema";

export function createDrizzle() {
  return drizzle({ client: connection(), schema });
}

export type Database = ReturnType<typeof createDrizzle>;
/** A transaction handle as passed to `withUser` callbacks. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

let db: Database | undefined;

/** The process-wide Drizzle instance. Not exported from this folder: callers go through withUser or the service client. */
export function database(): Database {
  db ??= createDrizzle();
  return db;
}
