"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { folderField } from "../file-form-fields";
import { updateFolder } from "../mutations/update-folder";
import { getFolder } from "../queries/get-folder";
import { revalidateFiles } from "../revalidate-files";

/**
 * "Move" on a folder: its creator, or an owner or admin, moves it to the top or into another folder. Never into
 * itself or below itself: the database refuses the loop (`folder_cycle`), race-safe; the first check here only
 * answers the obvious case without a round trip.
 */
export const moveFolder = defineWorkspaceAction(
  z.object({ id: z.uuid(), parent: folderField }),
  async ({ id, parent }, { db, organization }) => {
    if (parent === id) throw new AppError("folder_cycle");
    if (parent && !(await getFolder(db, organization.id, parent))) throw new AppError("not_found");
    if (!(await updateFolder(db, organization.id, id, { parentId: parent }))) {
      throw new AppError((await getFolder(db, organization.id, id)) ? "forbidden" : "not_found");
    }
    revalidateFiles(organization.slug);
    return { id, parentId: parent };
  },
);
