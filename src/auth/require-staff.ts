import "server-only";
import { notFound, redirect } from "next/navigation";
import { securityPathFor } from "../mfa/second-step-path";
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
  // Staff rights need a second factor (RLS's private.is_staff() checks aal2). requireUser already sent anyone
  // with an authenticator app through the second step, so staff still at aal1 have none yet: enroll one.
  if (user.claims.aal !== "aal2") redirect(securityPathFor("/admin"));
  return { user, membership };
}
