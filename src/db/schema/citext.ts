import { customType } from "drizzle-orm/pg-core";

/** Postgres `citext` (extension in schema `extensions`): email addresses and domain names compare case-insensitively. */
export const citext = customType<{ data: string }>({ dataType: () => "citext" });
