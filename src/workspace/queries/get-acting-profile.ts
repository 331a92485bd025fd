import "server-only";
import { eq } from "drizzle-orm";
import { profiles } from "@/src/db/schema";
import type { RequestDb } from "../request-db";

/** The acting user's display name (for "view as", the client the staff member is looking through). */
export async function getActingProfileName(db: RequestDb, userId: string): Promise<string | null> {
  const [row] = await db((tx) =>
    tx.select({ fullName: profiles.fullName }).from(profiles).where(eq(profiles.id, userId)),
  );
  return row?.fullName ?? null;
}
