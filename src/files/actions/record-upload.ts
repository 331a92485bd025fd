"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { mapDatabaseError } from "@/src/db/map-database-error";
import { AppError } from "@/src/errors/app-error";
import { folderField, nameSchema, uploadedObjectNameField } from "../file-form-fields";
import { recordFile } from "../mutations/record-file";
import { getFolder } from "../queries/get-folder";
import { isObjectRecorded } from "../queries/is-object-recorded";
import { revalidateFiles } from "../revalidate-files";
import { requireOwnStorageSession } from "../storage-session";
import { removeFileObject } from "../storage/remove-file-object";

/**
 * The second step of an upload, once Storage holds the bytes: records the file (its size and type are the
 * object's, read by the database). A file's bytes and its record never diverge: when recording fails, the
 * object is removed at once (an uploader may remove their own object while nothing records it), unless a row
 * already names it; the hourly orphan sweep is only the safety net behind this.
 */
export const recordUpload = defineWorkspaceAction(
  z.object({ objectName: uploadedObjectNameField, name: nameSchema, folder: folderField }),
  async ({ objectName, name, folder }, workspace) => {
    requireOwnStorageSession(workspace);
    const { db, organization } = workspace;
    if (!objectName.startsWith(`${organization.id}/`)) throw new AppError("invalid_input");
    try {
      if (folder && !(await getFolder(db, organization.id, folder))) throw new AppError("not_found");
      const file = await recordFile(db, organization.id, { objectName, name, folderId: folder });
      revalidateFiles(organization.slug);
      return { id: file.id, name, sizeBytes: file.sizeBytes };
    } catch (failure) {
      await discardUnrecorded(db, objectName);
      throw mapDatabaseError(failure);
    }
  },
);

async function discardUnrecorded(db: Parameters<typeof isObjectRecorded>[0], objectName: string): Promise<void> {
  try {
    if (await isObjectRecorded(db, objectName)) return;
    await removeFileObject(objectName);
  } catch (failure) {
    // The sweep removes what is left; the user hears about the failure that mattered, the recording's.
    console.error("[files] could not discard an unrecorded upload:", failure);
  }
}
