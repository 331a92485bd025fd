import { z } from "zod";
import { fileSorts } from "./file-links";

/** `/files?sort=newest`: an unknown or repeated value sorts by name rather than failing. */
export const fileListSearchSchema = z.object({
  sort: z.enum(fileSorts).optional().catch(undefined),
});
