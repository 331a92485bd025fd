import { bigint, index, pgPolicy, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

/** Sliding-window rate-limit hits; the subject (IP, email) is stored only as a keyed hash. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bucket: text("bucket").notNull(),
    subjectHash: text("subject_hash").notNull(),
    hitAt: timestamp("hit_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("rate_limit_hits_bucket_subject_hash_hit_at_idx").on(t.bucket, t.subjectHash, t.hitAt),
    index("rate_limit_hits_hit_at_idx").on(t.hitAt),
    pgPolicy("rate_limit_hits_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
