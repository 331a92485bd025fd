import "server-only";
import type { z } from "zod";
import { defineAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { requireAdmin, type AdminContext } from "./require-admin";

/**
 * An agency action: like `defineAction` (zod, one error vocabulary), and the handler also receives the admin
 * context (staff user, role, the staff member's RLS-scoped `db`). Non-staff get `notFound()` as on the pages;
 * `staffAdmin: true` refuses developers up front (the database refuses them anyway; this answers clearly).
 */
export function defineAdminAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>, context: AdminContext) => Promise<Result>,
  options: { staffAdmin?: boolean } = {},
) {
  return defineAction(schema, async (input) => {
    const context = await requireAdmin();
    if (options.staffAdmin && !context.isStaffAdmin) throw new AppError("forbidden");
    return handler(input, context);
  });
}
