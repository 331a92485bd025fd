import type { Sql, TransactionSql } from "postgres";
import type { Caller } from "./caller.ts";
import { errors } from "./errors.ts";
import type { Operation } from "./operations.ts";

/** postgres.js error fields this module reads. */
interface DatabaseFailure {
  code?: unknown;
  message?: unknown;
}

function isDatabaseFailure(failure: unknown, code: string): failure is DatabaseFailure {
  return typeof failure === "object" && failure !== null && (failure as DatabaseFailure).code === code;
}

export function isUniqueViolation(failure: unknown): boolean {
  return isDatabaseFailure(failure, "23505");
}

/**
 * Runs `work` in one short transaction as the caller, the way Supabase Storage does: the JWT's role and
 * claims are set for the transaction, so RLS policies on storage tables see `auth.uid()`, `auth.jwt()` and
 * `storage.operation` of this request. Permission failures become Storage's AccessDenied.
 */
export async function asCaller<T>(
  sql: Sql,
  caller: Caller,
  operation: Operation,
  work: (tx: TransactionSql) => Promise<T>,
): Promise<T> {
  // The legacy per-claim setting follows the claims, not the owner: a signed upload writes for its owner with
  // Storage's own claims, which have no `sub`.
  const sub = typeof caller.claims.sub === "string" ? caller.claims.sub : "";
  try {
    const result = await sql.begin(async (tx) => {
      await tx`
        select
          set_config('request.jwt.claims', ${JSON.stringify(caller.claims)}, true),
          set_config('request.jwt.claim.sub', ${sub}, true),
          set_config('request.jwt.claim.role', ${caller.role}, true),
          set_config('storage.operation', ${operation}, true)`;
      // Interpolated, not bound: SET takes no parameters. `caller.role` is one of three known role names.
      await tx.unsafe(`set local role ${caller.role}`);
      return work(tx);
    });
    return result as T;
  } catch (failure) {
    if (isDatabaseFailure(failure, "42501")) {
      const message = String(failure.message);
      throw errors.accessDenied(
        message.includes("row-level security") ? "new row violates row-level security policy" : message,
      );
    }
    throw failure;
  }
}

/**
 * Runs `work` with Storage's own privileges (RLS bypassed), for what Storage does as its admin role: public
 * and signed-URL reads, existence checks. Kept as a transaction so it takes the same `tx` as caller work.
 */
export async function asStorageAdmin<T>(sql: Sql, work: (tx: TransactionSql) => Promise<T>): Promise<T> {
  return (await sql.begin(work)) as T;
}

const rolledBack = Symbol("rolled back");

/** Runs `work` as the caller and rolls it back: checks that the caller may write before any bytes arrive. */
export async function testRun(
  sql: Sql,
  caller: Caller,
  operation: Operation,
  work: (tx: TransactionSql) => Promise<unknown>,
): Promise<void> {
  try {
    await asCaller(sql, caller, operation, async (tx) => {
      await work(tx);
      throw rolledBack;
    });
  } catch (failure) {
    if (failure !== rolledBack) throw failure;
  }
}
