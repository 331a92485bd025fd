"use server";

import "server-only";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { redirect } from "next/navigation";
import { AppError } from "@/src/errors/app-error";
import { defineAction } from "../actions/define-action";
import { getVerifiedUser } from "../auth/get-verified-user";
import { mapDatabaseError } from "../db/map-database-error";
import type { Transaction } from "../db/client";
import { withUser } from "../db/with-user";
import { getTranslations } from "../i18n/get-translations";
import { createOrganizationSchema } from "./organization-form-schema";
import { organizationSlug } from "./organization-slug";

/** A slug taken by another organization gets a short random suffix; a few tries make a clash vanishingly rare. */
const slugAttempts = 4;

/**
 * The first step of a new client: the organization (the caller becomes its owner) in the visitor's language,
 * and, when the sign-up carried a free analysis, that analysis as its first project's baseline. The import is
 * best-effort: an analysis that cannot be imported (still running, not the caller's) must not stop the
 * organization from being created, so it runs in a savepoint and its refusal is only logged.
 */
export const createOrganization = defineAction(createOrganizationSchema, async ({ name, analysisId }) => {
  const user = await getVerifiedUser();
  if (!user) throw new AppError("session_expired");
  const { locale } = await getTranslations();
  for (let attempt = 0; attempt < slugAttempts; attempt++) {
    const slug = organizationSlug(name, attempt === 0 ? undefined : randomBytes(3).toString("hex"));
    try {
      await withUser(user.claims, async (tx) => {
        const [created] = await tx.execute<{ id: string }>(
          sql`select public.create_organization(${name}, ${slug}) as id`,
        );
        if (!created) throw new Error("create_organization returned no id");
        await tx.execute(sql`update public.organizations set locale = ${locale} where id = ${created.id}`);
        if (analysisId) await importBaseline(tx, created.id, analysisId);
      });
    } catch (error) {
      if (mapDatabaseError(error).code === "conflict") continue;
      throw error;
    }
    redirect("/app");
  }
  throw new AppError("unexpected", { detail: "no free organization slug" });
});

async function importBaseline(tx: Transaction, orgId: string, analysisId: string) {
  try {
    await tx.transaction((savepoint) =>
      savepoint.execute(sql`select public.import_analysis_baseline(${orgId}, ${analysisId})`),
    );
  } catch (error) {
    console.warn("[onboarding] analysis not imported:", mapDatabaseError(error).code, analysisId);
  }
}
