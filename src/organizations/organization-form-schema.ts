import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The onboarding form: the organization's name, and the analysis to import when the sign-up carried one. */
export const createOrganizationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  analysisId: z.preprocess(emptyToUndefined, z.uuid().optional()),
});
