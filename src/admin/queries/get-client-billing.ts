import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ClientSubscription {
  status: string;
  planKey: string;
  amount: number;
  currency: string;
  interval: string;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
}

export interface ClientInvoice {
  eventId: string;
  /** The Stripe event type: invoice.paid, invoice.payment_failed, … */
  type: string;
  amount: number | null;
  currency: string | null;
  at: Date;
}

export interface ClientBilling {
  subscriptions: ClientSubscription[];
  invoices: ClientInvoice[];
}

/**
 * The client's subscriptions and invoice events from the Stripe mirror (subscriptions, and the invoice events
 * the webhook recorded for the client's Stripe customer), newest first.
 */
export async function getClientBilling(db: RequestDb, orgId: string): Promise<ClientBilling> {
  const [row] = await db((tx) =>
    tx.execute<{ subscriptions: ClientSubscription[] | null; invoices: ClientInvoice[] | null }>(sql`
      select
        (select jsonb_agg(jsonb_build_object('status', s.status, 'planKey', s.plan_key, 'amount', s.amount,
            'currency', s.currency, 'interval', s.interval, 'currentPeriodEnd', s.current_period_end,
            'cancelAtPeriodEnd', s.cancel_at_period_end) order by s.created_at desc)
          from public.subscriptions s where s.org_id = ${orgId}) as subscriptions,
        (select jsonb_agg(i order by i.at desc) from (
          select e.id as "eventId", e.type, coalesce(e.payload #>> '{data,object,amount_paid}', e.payload #>> '{data,object,amount_due}')::numeric / 100
              as amount,
            upper(e.payload #>> '{data,object,currency}') as currency, e.received_at as at
          from public.stripe_events e
          where e.type like 'invoice.%'
            and e.payload #>> '{data,object,customer}' in (
              select c.stripe_customer_id from public.billing_customers c where c.org_id = ${orgId})
          order by e.received_at desc limit 12) i) as invoices`),
  );
  return {
    subscriptions: (row?.subscriptions ?? []).map((s) => ({
      ...s,
      amount: Number(s.amount),
      currentPeriodEnd: new Date(s.currentPeriodEnd),
    })),
    invoices: (row?.invoices ?? []).map((i) => ({
      ...i,
      amount: i.amount === null ? null : Number(i.amount),
      at: new Date(i.at),
    })),
  };
}
