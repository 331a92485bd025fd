"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { folderField } from "../file-form-fields";
import { updateFile } from "../mutations/update-file";
import { getFile } from "../queries/get-file";
import { getFolder } from "../queries/get-folder";
import { revalidateFiles } from "../revalidate-files";

/** "Move" on a file: its uploader, or an owner or admin, files it in a folder or at the top. */
export const moveFile = defineWorkspaceAction(
  z.object({ id: z.uuid(), folder: folderField }),
  async ({ id, folder }, { db, organization }) => {
    if (folder && !(await getFolder(db, organization.id, folder))) throw new AppError("not_found");
    if (!(await updateFile(db, organization.id, id, { folderId: folder }))) {
      throw new AppError((await getFile(db, organization.id, id)) ? "forbidden" : "not_found");
    }
    revalidateFiles(organization.slug);
    return { id, folderId: folder };
  },
);
