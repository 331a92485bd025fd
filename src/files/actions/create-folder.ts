"use server";

import "server-only";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { folderField, nameSchema } from "../file-form-fields";
import { createFolder as insertFolder } from "../mutations/create-folder";
import { getFolder } from "../queries/get-folder";
import { revalidateFiles } from "../revalidate-files";

/** "New folder": any member creates one, at the top or inside a folder of the organization. */
export const createFolder = defineWorkspaceAction(
  z.object({ name: nameSchema, parent: folderField }),
  async ({ name, parent }, { db, organization }) => {
    if (parent && !(await getFolder(db, organization.id, parent))) throw new AppError("not_found");
    const { id } = await insertFolder(db, organization.id, { name, parentId: parent });
    revalidateFiles(organization.slug);
    return { id, name };
  },
);
