import "server-only";
import { notFound } from "next/navigation";
import { getStaffMembership } from "./get-staff-membership";
import { requireUser } from "./get-verified-user";

/**
 * For agency-only pages. Non-staff get a plain 404, so the admin area does not even confirm it exists.
 * Call it in every admin layout and page: they render in parallel, so a check in the layout alone would
 * not stop a page from running.
 */
export async function requireStaff() {
  const user = await requireUser("/admin");
  const membership = await getStaffMembership(user.claims);
  if (!membership) notFound();
  return { user, membership };
}
