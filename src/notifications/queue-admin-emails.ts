import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/src/db/client";

export interface AdminEmail {
  orgId: string;
  template: string;
  /** Ids only: the composer reads the rows at send time. The recipient's user id is added as `userId`. */
  payload: Record<string, unknown>;
  /** Identifies the notice; the recipient's user id is appended, so each person gets it once. */
  key: string;
  /** Who is told; owners and admins unless narrowed. */
  roles?: ("owner" | "admin")[];
}

/**
 * Queues a notice to each owner and admin (or only the given roles) of the organization (accepted members with an address), in the
 * organization's language, inside the caller's transaction: a rolled-back change sends nothing and a
 * repeated one nothing more. Returns how many were queued now.
 */
export async function queueAdminEmails(tx: Transaction, email: AdminEmail): Promise<number> {
  const rows = await tx.execute(sql`
    insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
    select o.id, u.email::text, ${email.template}, o.locale,
      ${JSON.stringify(email.payload)}::jsonb || jsonb_build_object('userId', m.user_id),
      ${email.key} || ':' || m.user_id
    from public.organizations o
    join public.memberships m on m.org_id = o.id and m.status = 'accepted'
      and m.role = any (${`{${(email.roles ?? ["owner", "admin"]).join(",")}}`}::text[])
    join auth.users u on u.id = m.user_id
    where o.id = ${email.orgId} and u.email is not null
    on conflict (idempotency_key) do nothing
    returning id`);
  return rows.length;
}
