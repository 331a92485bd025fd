import { z } from "zod";
import { nameProblem, normalizeName } from "./file-name";

/** A folder chosen in a form: its id, or "" (or nothing) for the top of the file store. */
export const folderField = z
  .union([z.literal(""), z.uuid()])
  .optional()
  .transform((value) => value || null);

/** A file's size as the browser reports it; an empty file is refused with a reason of its own. */
export const fileSizeField = z.coerce.number().int().min(1, "file_empty").max(Number.MAX_SAFE_INTEGER);

/** A form field holding a file or folder name: normalized, and refused with a translated reason. */
export const nameSchema = z
  .string()
  .transform(normalizeName)
  .superRefine((name, context) => {
    const problem = nameProblem(name);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** An object `prepareUpload` named: `<org id>/<uuid>/<name segment>` (whose organization, the caller checks). */
export const uploadedObjectNameField = z
  .string()
  .regex(/^[0-9a-f-]{36}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[^/]+$/);
