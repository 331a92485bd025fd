import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mapDatabaseError } from "../../../src/db/map-database-error";

/** The shape of postgres.js's PostgresError (and PGlite's): an Error with the SQLSTATE in `code`. */
function postgresError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, severity: "ERROR" });
}

function throughDrizzle(error: Error): DrizzleQueryError {
  return new DrizzleQueryError("insert into projects ...", ["secret value"], error);
}

describe("mapDatabaseError", () => {
  it("turns a tier limit into a 403 naming the limit", () => {
    expect(mapDatabaseError(postgresError("23514", "tier_limit_exceeded:projects"))).toEqual({
      status: 403,
      code: "tier_limit_exceeded",
      limit: "projects",
      message: "The plan's projects limit has been reached.",
    });
  });

  it("finds the Postgres error inside Drizzle's query error", () => {
    const mapped = mapDatabaseError(throughDrizzle(postgresError("23514", "tier_limit_exceeded:tickets_per_month")));
    expect(mapped).toMatchObject({ status: 403, code: "tier_limit_exceeded", limit: "tickets_per_month" });
  });

  it("turns a row-level security violation into a 403 forbidden", () => {
    const error = postgresError("42501", 'new row violates row-level security policy for table "projects"');
    expect(mapDatabaseError(throughDrizzle(error))).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("recognizes row-level security by its message too", () => {
    const error = postgresError("P0001", 'new row violates row-level security policy for table "domains"');
    expect(mapDatabaseError(error)).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("treats other refusals of the database (protected columns, last owner) as forbidden", () => {
    expect(mapDatabaseError(postgresError("42501", "protected_column:tier"))).toMatchObject({ code: "forbidden" });
    expect(mapDatabaseError(postgresError("42501", "last_owner"))).toMatchObject({ code: "forbidden" });
  });

  it("tells a read-only impersonation apart", () => {
    expect(mapDatabaseError(throughDrizzle(postgresError("42501", "impersonation_read_only")))).toEqual({
      status: 403,
      code: "impersonation_read_only",
      message: "This impersonation session is read-only.",
    });
  });

  it("turns a unique violation into a 409 conflict", () => {
    const error = postgresError("23505", 'duplicate key value violates unique constraint "organizations_slug_idx"');
    expect(mapDatabaseError(error)).toEqual({ status: 409, code: "conflict", message: "This already exists." });
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
  ])("hides %s behind a generic 500", (_label, error) => {
    const mapped = mapDatabaseError(error);
    expect(mapped).toEqual({ status: 500, code: "internal", message: "Something went wrong." });
  });
});
