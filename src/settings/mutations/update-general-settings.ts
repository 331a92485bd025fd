import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { organizations } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { GeneralSettings } from "../settings-schemas";

/**
 * Saves the organization's name, slug, time zone, language and billing email as the request's user. Row-level
 * security lets only owners and admins update (organizations_update_admin), so for anyone else no row matches:
 * `forbidden`. A slug another organization uses, or used before, is refused by the database (`conflict`); the
 * old slug is remembered there so its links keep working.
 */
export async function updateGeneralSettings(db: RequestDb, orgId: string, values: GeneralSettings): Promise<void> {
  const updated = await db((tx) =>
    tx
      .update(organizations)
      .set({
        name: values.name,
        slug: values.slug,
        timeZone: values.timeZone,
        locale: values.locale,
        billingEmail: values.billingEmail,
      })
      .where(eq(organizations.id, orgId))
      .returning({ id: organizations.id }),
  );
  if (updated.length === 0) throw new AppError("forbidden");
}
