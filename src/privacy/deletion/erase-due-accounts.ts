import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb, serviceSupabase } from "@/src/db/service-client";
import { removeStorageObjects } from "@/src/files/remove-storage-objects";
import { dataExportsBucket } from "../exports/data-exports-bucket";

export interface ErasureOutcome {
  erased: string[];
  /** Became an organization's only owner during the grace period: kept pending until they hand it over. */
  blocked: string[];
}

async function eraseAccount(userId: string): Promise<void> {
  // Their own exports' zips first: the rows go with the account, and the bytes must not outlive them.
  const exports = await serviceDb().execute<{ object_name: string }>(sql`
    select object_name from public.data_exports
    where scope = 'account' and requested_by = ${userId} and object_name is not null`);
  await removeStorageObjects(
    dataExportsBucket,
    exports.map((row) => row.object_name),
  );
  await serviceDb().execute(sql`delete from public.data_exports where scope = 'account' and requested_by = ${userId}`);
  // Emails still queued to them (notices, invitations) would reach a person who is no longer a user.
  await serviceDb().execute(sql`
    delete from public.email_outbox where status = 'queued'
      and to_email = (select email::text from auth.users where id = ${userId})`);
  // Through the Auth admin API, so sessions, identities and factors go as Supabase Auth removes them; the
  // foreign keys then delete the profile and memberships and set authored rows' author to null.
  const { error } = await serviceSupabase().auth.admin.deleteUser(userId);
  if (error && error.status !== 404) throw new Error(`Deleting the account ${userId} failed: ${error.message}`);
  await serviceDb().execute(sql`
    update public.account_deletions set erased_at = now() where user_id = ${userId} and erased_at is null`);
}

/**
 * Erases the accounts whose 30 days of grace are over and whose request still stands. Each account is done
 * on its own (one failure does not hold the others back) and every part is safe to repeat: a run that dies
 * halfway is finished by the next, and an account already deleted in Auth is only marked erased.
 */
export async function eraseDueAccounts(now: Date, limit = 100): Promise<ErasureOutcome> {
  const due = await serviceDb().execute<{ user_id: string; blocked: boolean }>(sql`
    select d.user_id, private.sole_owned_org_ids(d.user_id) <> '{}' as blocked
    from public.account_deletions d
    where d.cancelled_at is null and d.erased_at is null and d.erase_after <= ${now.toISOString()}
    order by d.erase_after limit ${limit}`);
  const outcome: ErasureOutcome = { erased: [], blocked: [] };
  for (const row of due) {
    if (row.blocked) {
      outcome.blocked.push(row.user_id);
      continue;
    }
    await eraseAccount(row.user_id);
    outcome.erased.push(row.user_id);
  }
  return outcome;
}
