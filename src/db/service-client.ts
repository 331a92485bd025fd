import "server-only";
import { database, type Database } from "./client";

/**
 * The one client that bypasses row-level security. Only jobs (inngest/) and webhooks may use it; request
 * handlers acting for a user go through `withUser` instead.
 */
export function serviceDb(): Database {
  return database();
}
