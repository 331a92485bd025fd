import "server-only";

export type DatabaseErrorCode =
  "tier_limit_exceeded" | "forbidden" | "impersonation_read_only" | "conflict" | "internal";

/** What a failed database call becomes for the client: an HTTP status, a stable code, a safe message. */
export interface MappedDatabaseError {
  status: 403 | 409 | 500;
  code: DatabaseErrorCode;
  message: string;
  /** For `tier_limit_exceeded`: the limit reached (e.g. "projects"), so the UI can offer the upgrade. */
  limit?: string;
}

interface PostgresErrorFields {
  code: string;
  message: string;
}

/**
 * Postgres errors reach the app wrapped (Drizzle's DrizzleQueryError keeps the driver's error as `cause`), so
 * this follows the cause chain to the first error carrying a five-character SQLSTATE.
 */
function findPostgresError(error: unknown): PostgresErrorFields | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && typeof message === "string") {
      return { code, message };
    }
    current = cause;
  }
  return undefined;
}

const tierLimitPrefix = "tier_limit_exceeded:";

/**
 * Maps the errors the database raises on purpose (tier limits, row-level security, read-only impersonation,
 * protected columns, unique keys) to the app's structured errors. Anything else is a bug: it becomes a
 * generic 500 and the Postgres text, which can name tables and values, never reaches the client.
 */
export function mapDatabaseError(error: unknown): MappedDatabaseError {
  const postgres = findPostgresError(error);
  if (postgres?.message.startsWith(tierLimitPrefix)) {
    const limit = postgres.message.slice(tierLimitPrefix.length);
    return { status: 403, code: "tier_limit_exceeded", limit, message: `The plan's ${limit} limit has been reached.` };
  }
  if (postgres?.message === "impersonation_read_only") {
    return { status: 403, code: "impersonation_read_only", message: "This impersonation session is read-only." };
  }
  if (postgres?.code === "42501" || postgres?.message.includes("row-level security")) {
    return { status: 403, code: "forbidden", message: "You are not allowed to do this." };
  }
  if (postgres?.code === "23505") {
    return { status: 409, code: "conflict", message: "This already exists." };
  }
  return { status: 500, code: "internal", message: "Something went wrong." };
}
