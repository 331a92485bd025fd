import { z } from "zod";
import { projectStatuses } from "./project-status";

/** `/projects?status=review`: an unknown or repeated status shows every project rather than an error. */
export const projectListSearchSchema = z.object({
  status: z.enum(projectStatuses).optional().catch(undefined),
});
