"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { nameSchema } from "../file-form-fields";
import { updateFolder } from "../mutations/update-folder";
import { getFolder } from "../queries/get-folder";
import { revalidateFiles } from "../revalidate-files";

/** "Rename" on a folder: its creator, or an owner or admin. */
export const renameFolder = defineWorkspaceAction(
  z.object({ id: z.uuid(), name: nameSchema }),
  async ({ id, name }, { db, organization }) => {
    if (!(await updateFolder(db, organization.id, id, { name }))) {
      // Row-level security hides from the update what the user may see but not change.
      throw new AppError((await getFolder(db, organization.id, id)) ? "forbidden" : "not_found");
    }
    revalidateFiles(organization.slug);
    return { id, name };
  },
);
