"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { fileSizeField, folderField, nameSchema } from "../file-form-fields";
import { objectKeySegment } from "../file-name";
import { getFolder } from "../queries/get-folder";
import { getStorageUsage } from "../queries/get-storage-usage";
import { requireOwnStorageSession } from "../storage-session";
import { signUploadUrl } from "../storage/sign-upload-url";

export interface PreparedUpload {
  /** The object's key in the bucket: `<org_id>/<uuid>/<name segment>`, never one that already exists. */
  objectName: string;
  /** Where the browser PUTs the bytes (a signed upload URL of Supabase Storage). */
  uploadUrl: string;
  /** The URL's token, which a resumable upload of a large file sends instead. */
  token: string;
}

/**
 * The first step of an upload: checks the name, the size and the folder, refuses early when the file does not
 * fit the room left in the plan (saying how much is left), and signs an upload URL for a new object in the
 * organization's folder. The browser then sends the bytes straight to Storage, which judges the quota again on
 * what really arrives (the database decides), and `recordUpload` records the file.
 */
export const prepareUpload = defineWorkspaceAction(
  z.object({ name: nameSchema, size: fileSizeField, folder: folderField }),
  async ({ name, size, folder }, workspace): Promise<PreparedUpload> => {
    requireOwnStorageSession(workspace);
    const { db, organization, limits } = workspace;
    const limit = limits.storage_bytes;
    const [folderFound, used] = await Promise.all([
      folder ? getFolder(db, organization.id, folder) : Promise.resolve(true),
      limit === null ? Promise.resolve(0) : getStorageUsage(db, organization.id),
    ]);
    if (!folderFound) throw new AppError("not_found");
    if (limit !== null && used + size > limit) {
      throw new AppError("tier_limit_exceeded", {
        tierLimit: { limit: "storage_bytes", value: limit, usage: Math.min(used, limit) },
      });
    }
    const objectName = `${organization.id}/${crypto.randomUUID()}/${objectKeySegment(name)}`;
    const signed = await signUploadUrl(objectName);
    return { objectName, uploadUrl: signed.url, token: signed.token };
  },
);
