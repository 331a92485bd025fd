import "server-only";
import { sql } from "drizzle-orm";
import type { PlanFeatures, subscriptionStatuses } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { limitKeys, type LimitKey, type Limits } from "@/src/workspace/require-workspace";

export interface BillingPlan {
  key: string;
  name: string;
  /** Per month; null is "on request". */
  price: number | null;
  currency: string;
  /** Null: no first-response commitment. */
  slaFirstResponseHours: number | null;
  performanceCheckInterval: "weekly" | "daily" | "hourly";
  features: PlanFeatures;
  sortOrder: number;
  /** The plan's own limits (null: unlimited), before any organization's override. */
  limits: Limits;
}

export interface BillingSubscription {
  status: (typeof subscriptionStatuses)[number];
  planKey: string;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  amount: number;
  currency: string;
  interval: "day" | "week" | "month" | "year";
}

export interface Billing {
  /** The organization's plan; null only when the organization is not visible to the caller. */
  plan: BillingPlan | null;
  /** Effective limits: an override wins over the plan's value, as the database enforces them. */
  limits: Limits;
  /** The limits negotiated for this organization (rows of org_limit_overrides). */
  overridden: LimitKey[];
  /**
   * The Stripe mirror's subscription that matters now (a live one before an ended one, then the latest).
   * Null without one — and for members: row-level security shows subscriptions to owners and admins only.
   */
  subscription: BillingSubscription | null;
  /** The public price list, plus the organization's own plan when it is a bespoke one, cheapest first. */
  tiers: BillingPlan[];
}

type RawLimits = Record<string, number | string | null>;
type RawPlan = Omit<BillingPlan, "price" | "limits"> & { price: number | string | null; limits: RawLimits | null };
type Row = {
  plan: RawPlan | null;
  limits: RawLimits | null;
  overridden: string[] | null;
  subscription:
    | (Omit<BillingSubscription, "currentPeriodStart" | "currentPeriodEnd" | "canceledAt" | "amount"> & {
        currentPeriodStart: string;
        currentPeriodEnd: string;
        canceledAt: string | null;
        amount: number | string;
      })
    | null;
  tiers: RawPlan[] | null;
};

const toLimits = (raw: RawLimits | null): Limits =>
  Object.fromEntries(
    limitKeys.map((key) => [key, raw?.[key] === null || raw?.[key] === undefined ? null : Number(raw[key])]),
  ) as Limits;

const toPlan = (raw: RawPlan): BillingPlan => ({
  ...raw,
  price: raw.price === null ? null : Number(raw.price),
  limits: toLimits(raw.limits),
});

/** The billing page in one statement: plan, effective limits, the subscription and the tiers to compare. */
export async function getBilling(db: RequestDb, orgId: string): Promise<Billing> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with org as (
        select o.id, o.tier from public.organizations o where o.id = ${orgId}
      ),
      plan_json as (
        select p.key, jsonb_build_object('key', p.key, 'name', p.name, 'price', p.price, 'currency', p.currency,
          'slaFirstResponseHours', p.sla_first_response_hours,
          'performanceCheckInterval', p.performance_check_interval, 'features', p.features,
          'sortOrder', p.sort_order,
          'limits', (select coalesce(jsonb_object_agg(pl.limit_key, pl.value), '{}'::jsonb)
            from public.plan_limits pl where pl.plan_key = p.key)) as plan,
          p.sort_order
        from public.plans p
        where p.is_public or p.key = (select tier from org)
      )
      select
        (select pj.plan from plan_json pj join org on org.tier = pj.key) as plan,
        (select coalesce(jsonb_object_agg(pl.limit_key, case when ov.id is not null then ov.value else pl.value end),
            '{}'::jsonb)
          from org
          join public.plan_limits pl on pl.plan_key = org.tier
          left join public.org_limit_overrides ov on ov.org_id = org.id and ov.limit_key = pl.limit_key) as limits,
        (select coalesce(jsonb_agg(ov.limit_key order by ov.limit_key), '[]'::jsonb)
          from public.org_limit_overrides ov where ov.org_id = ${orgId}) as overridden,
        (select jsonb_build_object('status', s.status, 'planKey', s.plan_key,
            'currentPeriodStart', s.current_period_start, 'currentPeriodEnd', s.current_period_end,
            'cancelAtPeriodEnd', s.cancel_at_period_end, 'canceledAt', s.canceled_at, 'amount', s.amount,
            'currency', s.currency, 'interval', s.interval)
          from public.subscriptions s
          where s.org_id = ${orgId}
          order by s.status in ('canceled', 'incomplete_expired'), s.current_period_end desc
          limit 1) as subscription,
        (select coalesce(jsonb_agg(pj.plan order by pj.sort_order, pj.key), '[]'::jsonb) from plan_json pj) as tiers`),
  );
  const r = row!;
  const overridden = (r.overridden ?? []).filter((key): key is LimitKey =>
    (limitKeys as readonly string[]).includes(key),
  );
  const subscription = r.subscription;
  return {
    plan: r.plan ? toPlan(r.plan) : null,
    limits: toLimits(r.limits),
    overridden,
    subscription: subscription && {
      ...subscription,
      amount: Number(subscription.amount),
      currentPeriodStart: new Date(subscription.currentPeriodStart),
      currentPeriodEnd: new Date(subscription.currentPeriodEnd),
      canceledAt: subscription.canceledAt === null ? null : new Date(subscription.canceledAt),
    },
    tiers: (r.tiers ?? []).map(toPlan),
  };
}
