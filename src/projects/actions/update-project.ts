"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { updateProject as saveProject } from "../mutations/update-project";
import { projectFormSchema, projectValues } from "../project-form-schema";

/** "Edit project": owners and admins change the name, description and dates, then go back to its page. */
export const updateProject = defineWorkspaceAction(
  projectFormSchema.extend({ id: z.uuid() }),
  async ({ id, ...input }, { db, organization }) => {
    await saveProject(db, organization.id, id, projectValues(input));
    revalidatePath(`/app/${organization.slug}/projects`);
    redirect(`/app/${organization.slug}/projects/${id}`);
  },
  { manage: true },
);
