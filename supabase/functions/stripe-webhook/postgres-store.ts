import postgres from "npm:postgres@3.4.9";
import type { WebhookStore } from "./handler.ts";

// A delivery that died mid-way (no error written, never finished) is taken over by a later one after this long.
const ABANDONED_AFTER = "60 seconds";

/**
 * The ledger and the tier change over Postgres (SUPABASE_DB_URL), each in a short transaction as the
 * service role: row-level security stays on for everything but what that role is granted.
 */
export function postgresStore(databaseUrl: string): WebhookStore {
  // prepare: false, as transaction-mode poolers (Supavisor) require.
  const sql = postgres(databaseUrl, { max: 4, prepare: false, onnotice: () => {} });
  const asService = <T>(run: (tx: postgres.TransactionSql) => Promise<T>) =>
    sql.begin(async (tx) => {
      await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
      return run(tx);
    }) as Promise<T>;

  return {
    record: (event) =>
      asService(async (tx) => {
        const inserted = await tx`
          insert into public.stripe_events (id, type, payload)
          values (${event.id}, ${event.type}, ${tx.json(JSON.parse(JSON.stringify(event)))})
          on conflict (id) do nothing
          returning id`;
        if (inserted.length) return "new" as const;
        const retried = await tx`
          update public.stripe_events set error = null
          where id = ${event.id} and processed_at is null
            and (error is not null or received_at < now() - ${ABANDONED_AFTER}::interval)
          returning id`;
        return retried.length ? ("retry" as const) : ("duplicate" as const);
      }),
    finish: (eventId, outcome) =>
      asService(async (tx) => {
        await tx`update public.stripe_events set processed_at = now(), outcome = ${outcome}, error = null
          where id = ${eventId}`;
      }),
    fail: (eventId, error) =>
      asService(async (tx) => {
        await tx`update public.stripe_events set error = ${error.slice(0, 2000)} where id = ${eventId}`;
      }),
    orgOfCustomer: (customerId) =>
      asService(async (tx) => {
        const [row] = await tx<{ org_id: string }[]>`
          select org_id from public.billing_customers where stripe_customer_id = ${customerId}`;
        return row?.org_id ?? null;
      }),
    apply: (s, stateAt) =>
      asService(async (tx) => {
        const [row] = await tx<{ outcome: string }[]>`
          select public.apply_stripe_subscription(${s.orgId}, ${s.customerId}, ${s.subscriptionId}, ${s.planKey},
            ${s.status}, ${s.currentPeriodStart}, ${s.currentPeriodEnd}, ${s.cancelAtPeriodEnd}, ${s.canceledAt},
            ${s.amount}, ${s.currency}, ${s.interval}, ${stateAt}) as outcome`;
        return row!.outcome;
      }),
    updateCustomerEmail: (customerId, email) =>
      asService(async (tx) => {
        const rows = await tx`update public.billing_customers set email = ${email}
          where stripe_customer_id = ${customerId} and email is distinct from ${email} returning id`;
        if (rows.length) return true;
        const [known] = await tx`select 1 from public.billing_customers where stripe_customer_id = ${customerId}`;
        return Boolean(known);
      }),
  };
}
