"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { nameSchema } from "../file-form-fields";
import { updateFile } from "../mutations/update-file";
import { getFile } from "../queries/get-file";
import { revalidateFiles } from "../revalidate-files";

/** "Rename" on a file: its uploader, or an owner or admin. Only the name people see changes, not the object. */
export const renameFile = defineWorkspaceAction(
  z.object({ id: z.uuid(), name: nameSchema }),
  async ({ id, name }, { db, organization }) => {
    if (!(await updateFile(db, organization.id, id, { name }))) {
      throw new AppError((await getFile(db, organization.id, id)) ? "forbidden" : "not_found");
    }
    revalidateFiles(organization.slug);
    return { id, name };
  },
);
