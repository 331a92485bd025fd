import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { requireUser, type VerifiedUser } from "@/src/auth/get-verified-user";
import { memberships, organizations, plans, type PlanFeatures, type WhiteLabelSettings } from "@/src/db/schema";
import { findRenamedOrganization } from "./queries/find-renamed-organization";
import { getRequestIdentity, type ActiveImpersonation, type RequestDb } from "./request-db";

export type MemberRole = "owner" | "admin" | "member";

/** The numeric limits a plan sets; a null value is unlimited. */
export const limitKeys = ["projects", "domains", "team_members", "tickets_per_month", "storage_bytes"] as const;
export type LimitKey = (typeof limitKeys)[number];
export type Limits = Record<LimitKey, number | null>;

export interface WorkspaceOrganization {
  id: string;
  name: string;
  slug: string;
  tier: string;
  timeZone: string;
  locale: "pt-BR" | "en";
  whiteLabel: WhiteLabelSettings;
}

export interface WorkspacePlan {
  key: string;
  name: string;
  price: number | null;
  currency: string;
  slaFirstResponseHours: number | null;
  performanceCheckInterval: "weekly" | "daily" | "hourly";
  features: PlanFeatures;
}

/** Everything a client-dashboard page or action needs about its request, resolved once. */
export interface Workspace {
  user: VerifiedUser;
  organization: WorkspaceOrganization;
  role: MemberRole;
  plan: WorkspacePlan;
  /** Effective limits: the organization's overrides, else its plan's. */
  limits: Limits;
  /**
   * Whether Stripe is retrying a failed charge, for the banner on every page. Subscriptions are readable by
   * owners and admins only, so for members this is false: they cannot update the payment method anyway.
   */
  paymentOverdue: boolean;
  /** The request's only way into Postgres (as the user, or as the target of an active "view as"). */
  db: RequestDb;
  impersonation: ActiveImpersonation | null;
}

/** What `organizations.slug` accepts; anything else cannot name an organization. */
export const organizationSlugSchema = z.string().regex(/^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$/);

export const canManage = (role: MemberRole) => role === "owner" || role === "admin";

/**
 * The workspace of `/app/<slug>`: the verified user, the organization, the member's role, plan and effective
 * limits, and `db`. An organization the acting user is not an accepted member of — another client's, a
 * malformed slug, or any client for staff outside "view as" — is `notFound()`: never a 403 that would confirm
 * it exists. A slug the organization used before redirects its members to the current one. Cached per
 * request, so the layout, the page and its loaders share one lookup.
 */
export const requireWorkspace = cache(async (slug: string): Promise<Workspace> => {
  const user = await requireUser(`/app/${encodeURIComponent(slug)}`);
  if (!organizationSlugSchema.safeParse(slug).success) notFound();
  const { db, actingUserId, impersonation } = await getRequestIdentity(user);
  const [row] = await db((tx) =>
    tx
      .select({
        organization: {
          id: organizations.id,
          name: organizations.name,
          slug: organizations.slug,
          tier: organizations.tier,
          timeZone: organizations.timeZone,
          locale: organizations.locale,
          whiteLabel: organizations.whiteLabel,
        },
        role: memberships.role,
        plan: {
          key: plans.key,
          name: plans.name,
          price: plans.price,
          currency: plans.currency,
          slaFirstResponseHours: plans.slaFirstResponseHours,
          performanceCheckInterval: plans.performanceCheckInterval,
          features: plans.features,
        },
        // Overrides win over the plan, key by key, as private.enforce_limit decides.
        limits: sql<Record<string, number | null>>`(
          select coalesce(jsonb_object_agg(pl.limit_key,
            case when ov.id is not null then ov.value else pl.value end), '{}'::jsonb)
          from public.plan_limits pl
          left join public.org_limit_overrides ov on ov.org_id = ${organizations.id} and ov.limit_key = pl.limit_key
          where pl.plan_key = ${organizations.tier})`,
        // Read here rather than by the layout: one statement fewer on every page.
        paymentOverdue: sql<boolean>`exists (
          select 1 from public.subscriptions s
          where s.org_id = ${organizations.id} and s.status in ('past_due', 'unpaid'))`,
      })
      .from(organizations)
      .innerJoin(
        memberships,
        and(
          eq(memberships.orgId, organizations.id),
          eq(memberships.userId, actingUserId),
          eq(memberships.status, "accepted"),
        ),
      )
      .innerJoin(plans, eq(plans.key, organizations.tier))
      .where(eq(organizations.slug, slug)),
  );
  if (!row) {
    // A slug the organization had before: its members land on the current one (old links and bookmarks).
    const renamed = await findRenamedOrganization(db, slug);
    if (renamed) redirect(`/app/${renamed}`);
    notFound();
  }
  const limits = Object.fromEntries(limitKeys.map((key) => [key, row.limits[key] ?? null])) as Limits;
  return {
    user,
    organization: row.organization,
    role: row.role,
    plan: { ...row.plan, price: row.plan.price === null ? null : Number(row.plan.price) },
    limits,
    paymentOverdue: row.paymentOverdue,
    db,
    impersonation,
  };
});
