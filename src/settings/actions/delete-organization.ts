"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { deleteOrganization as removeOrganization } from "../mutations/delete-organization";
import { deleteOrganizationSchema } from "../settings-schemas";

/** The owner deletes the organization (the database checks the role, the typed slug and billing). */
export const deleteOrganization = defineWorkspaceAction(
  deleteOrganizationSchema,
  async (input, { db, organization }) => {
    await removeOrganization(db, organization.id, input.confirmation);
    redirect("/app");
  },
);
