"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { createProject as insertProject } from "../mutations/create-project";
import { projectFormSchema, projectValues } from "../project-form-schema";

/** "New project": owners and admins start one, then land on its page. */
export const createProject = defineWorkspaceAction(
  projectFormSchema,
  async (input, { db, organization }) => {
    const { id } = await insertProject(db, organization.id, projectValues(input));
    revalidatePath(`/app/${organization.slug}/projects`);
    redirect(`/app/${organization.slug}/projects/${id}`);
  },
  { manage: true },
);
