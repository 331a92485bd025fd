import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mapDatabaseError } from "../../../src/db/map-database-error";

/** The shape of postgres.js's PostgresError (and PGlite's): an Error with the SQLSTATE in `code`. */
function postgresError(code: string, message: string, detail?: string): Error {
  return Object.assign(new Error(message), { code, severity: "ERROR", detail });
}

/** What the app sees of a mapped error: its code, HTTP status and tier-limit details. */
function seen(error: unknown) {
  const mapped = mapDatabaseError(error);
  return { code: mapped.code, status: mapped.status, ...(mapped.tierLimit ? { tierLimit: mapped.tierLimit } : {}) };
}

function throughDrizzle(error: Error): DrizzleQueryError {
  return new DrizzleQueryError("insert into projects ...", ["secret value"], error);
}

describe("mapDatabaseError", () => {
  it("answers a failed check constraint as invalid input, not as our failure", () => {
    const error = postgresError("23514", 'new row for relation "organizations" violates check constraint "x"');
    expect(seen(error)).toEqual({ status: 400, code: "invalid_input" });
  });

  it("turns a tier limit into a 403 naming the limit, its value and the usage", () => {
    const error = postgresError("23514", "tier_limit_exceeded:projects", "usage 3 + 0 > limit 3");
    expect(seen(error)).toEqual({
      status: 403,
      code: "tier_limit_exceeded",
      tierLimit: { limit: "projects", value: 3, usage: 3 },
    });
  });

  it("finds the Postgres error inside Drizzle's query error", () => {
    const error = postgresError("23514", "tier_limit_exceeded:tickets_per_month", "usage 15 + 1 > limit 15");
    expect(seen(throughDrizzle(error))).toMatchObject({
      status: 403,
      code: "tier_limit_exceeded",
      tierLimit: { limit: "tickets_per_month", value: 15, usage: 15 },
    });
  });

  it("reads the limit key of a storage refusal that goes on to say how much is left", () => {
    const error = postgresError(
      "42501",
      "tier_limit_exceeded:storage_bytes (1000 of 5368709120 bytes left, 2048 needed)",
      "usage 5368708120 + 2048 > limit 5368709120",
    );
    expect(seen(error)).toEqual({
      status: 403,
      code: "tier_limit_exceeded",
      tierLimit: { limit: "storage_bytes", value: 5368709120, usage: 5368708120 },
    });
  });

  it("turns a row-level security violation into a 403 forbidden", () => {
    const error = postgresError("42501", 'new row violates row-level security policy for table "projects"');
    expect(seen(throughDrizzle(error))).toEqual({ status: 403, code: "forbidden" });
  });

  it("recognizes row-level security by its message too", () => {
    const error = postgresError("P0001", 'new row violates row-level security policy for table "domains"');
    expect(seen(error)).toEqual({ status: 403, code: "forbidden" });
  });

  it("treats other refusals of the database (protected columns) as forbidden", () => {
    expect(seen(postgresError("42501", "protected_column:tier"))).toMatchObject({ code: "forbidden" });
    expect(seen(postgresError("42501", "protected_column:membership"))).toMatchObject({ code: "forbidden" });
  });

  it("gives the team's named refusals their own codes", () => {
    expect(seen(throughDrizzle(postgresError("42501", "last_owner")))).toEqual({ status: 409, code: "last_owner" });
    expect(seen(postgresError("23505", "already_member"))).toEqual({ status: 409, code: "already_member" });
    expect(seen(postgresError("42501", "protected_column:role"))).toEqual({ status: 403, code: "owner_only" });
    expect(seen(postgresError("42501", "invitation_for_another_email"))).toEqual({
      status: 403,
      code: "invitation_for_another_email",
    });
  });

  it("tells a read-only impersonation apart", () => {
    expect(seen(throughDrizzle(postgresError("42501", "impersonation_read_only")))).toEqual({
      status: 403,
      code: "read_only_impersonation",
    });
  });

  it("gives the file store's refusals their own codes: a folder loop, a record before its upload", () => {
    const loop = postgresError("23514", "folder_cycle: a folder cannot be moved inside itself");
    expect(seen(throughDrizzle(loop))).toEqual({ status: 400, code: "folder_cycle" });
    const early = postgresError("23503", "storage_object_missing: x/y/z.pdf in client-files");
    expect(seen(early)).toEqual({ status: 404, code: "not_found" });
  });

  it("turns a unique violation into a 409 conflict", () => {
    const error = postgresError("23505", 'duplicate key value violates unique constraint "organizations_slug_idx"');
    expect(seen(error)).toEqual({ status: 409, code: "conflict" });
  });

  it.each([
    ["another Postgres error", postgresError("22P02", 'invalid input syntax for type uuid: "secret value"')],
    [
      "a connection failure",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54322"), { code: "ECONNREFUSED" }),
    ],
    ["a plain error", new Error("users_email_key secret value")],
    ["a thrown string", "secret value"],
    ["nothing", undefined],
  ])("hides %s behind a generic 500 whose message names nothing", (_label, error) => {
    const mapped = mapDatabaseError(error);
    expect(seen(error)).toEqual({ status: 500, code: "unexpected" });
    expect(mapped.message).toBe("unexpected");
  });
});
