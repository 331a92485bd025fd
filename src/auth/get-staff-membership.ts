import "server-only";
import type { JwtPayload } from "@supabase/supabase-js";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { staff } from "../db/schema";
import { withUser } from "../db/with-user";

/**
 * The caller's staff row, or null. Asked of the database as the user, so row-level security (which shows a
 * user only their own row) decides — never user-editable metadata in the token.
 */
export const getStaffMembership = cache(async (claims: JwtPayload) => {
  const rows = await withUser(claims, (tx) => tx.select().from(staff).where(eq(staff.userId, claims.sub)));
  return rows[0] ?? null;
});
