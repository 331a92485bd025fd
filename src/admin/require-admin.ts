import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { requireStaff } from "@/src/auth/require-staff";
import { organizations } from "@/src/db/schema";
import { withUser } from "@/src/db/with-user";
import { getRequestIdentity, type RequestDb } from "@/src/workspace/request-db";

export type StaffRole = "admin" | "developer";

/** Everything an agency page or action needs about its request, resolved once. */
export interface AdminContext {
  user: Awaited<ReturnType<typeof requireStaff>>["user"];
  role: StaffRole;
  /** Staff admins may change limits, start writable "view as" sessions and manage staff. */
  isStaffAdmin: boolean;
  /** As the staff member, under row-level security: staff read client data through `private.is_staff()`. */
  db: RequestDb;
}

/**
 * The agency area's loader. Anyone but staff gets the 404 page (`requireStaff`). During a "view as" the admin is
 * unavailable until Stop: the staff member is sent back to the client dashboard they are viewing, where the
 * banner offers Stop. Cached per request, so the layout, the page and its loaders share one lookup.
 */
export const requireAdmin = cache(async (): Promise<AdminContext> => {
  const { user, membership } = await requireStaff();
  const { impersonation } = await getRequestIdentity(user);
  const db: RequestDb = (fn) => withUser(user.claims, fn);
  if (impersonation) {
    const [org] = impersonation.viewedOrgId
      ? await db((tx) =>
          tx
            .select({ slug: organizations.slug })
            .from(organizations)
            .where(eq(organizations.id, impersonation.viewedOrgId!)),
        )
      : [];
    redirect(org ? `/app/${org.slug}` : "/app");
  }
  const role = membership.role;
  return { user, role, isStaffAdmin: role === "admin", db };
});
