"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { deleteFolder as removeFolder } from "../mutations/delete-folder";
import { revalidateFiles } from "../revalidate-files";

/** "Delete" on a folder: owners and admins. Its subfolders go with it; every file in them moves to the top. */
export const deleteFolder = defineWorkspaceAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { db, organization }) => {
    if (!(await removeFolder(db, organization.id, id))) throw new AppError("not_found");
    revalidateFiles(organization.slug);
    return { id };
  },
  { manage: true },
);
