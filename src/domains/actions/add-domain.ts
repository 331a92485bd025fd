"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { addDomainSchema } from "../add-domain-schema";
import { addDomain as insertDomain } from "../mutations/add-domain";

/** "Add domain": owners and admins add one, then land on its page, where it waits for the agency's check. */
export const addDomain = defineWorkspaceAction(
  addDomainSchema,
  async ({ name }, { db, organization }) => {
    const { id } = await insertDomain(db, organization.id, name);
    revalidatePath(`/app/${organization.slug}/domains`);
    redirect(`/app/${organization.slug}/domains/${id}`);
  },
  { manage: true },
);
