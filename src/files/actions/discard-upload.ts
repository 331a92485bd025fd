"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { uploadedObjectNameField } from "../file-form-fields";
import { requireOwnStorageSession } from "../storage-session";
import { removeFileObject } from "../storage/remove-file-object";

/**
 * Takes back an upload nothing records yet (an attachment removed from a message before it is posted), so its
 * bytes stop counting against the plan at once rather than at the orphan sweep. Storage's policy decides: only
 * the uploader's own object, and only while no row names it.
 */
export const discardUpload = defineWorkspaceAction(
  z.object({ objectName: uploadedObjectNameField }),
  async ({ objectName }, workspace) => {
    requireOwnStorageSession(workspace);
    if (!objectName.startsWith(`${workspace.organization.id}/`)) throw new AppError("invalid_input");
    return { removed: await removeFileObject(objectName) };
  },
);
