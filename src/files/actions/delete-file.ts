"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { deleteFileRecord } from "../mutations/delete-file-record";
import { getFile } from "../queries/get-file";
import { revalidateFiles } from "../revalidate-files";
import { requireOwnStorageSession } from "../storage-session";
import { removeFileObject } from "../storage/remove-file-object";

/**
 * "Delete" on a file: owners and admins. The object goes first, then the row (the database refuses the row of
 * an object still stored, whose bytes would keep counting unseen), so the quota is freed the moment the bytes
 * are gone. Should the row then fail to go, deleting again removes it: a missing object is no obstacle.
 */
export const deleteFile = defineWorkspaceAction(
  z.object({ id: z.uuid() }),
  async ({ id }, workspace) => {
    requireOwnStorageSession(workspace);
    const { db, organization } = workspace;
    const file = await getFile(db, organization.id, id);
    if (!file) throw new AppError("not_found");
    await removeFileObject(file.objectName);
    if (!(await deleteFileRecord(db, organization.id, id))) throw new AppError("not_found");
    revalidateFiles(organization.slug);
    return { id, name: file.name, sizeBytes: file.sizeBytes };
  },
  { manage: true },
);
