import { z } from "zod";
import { apiKeyAccessLevels } from "./api-key-access";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** "New API key": a name, its access, and optionally the last day it works. The form words the errors per field. */
export const newApiKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  access: z.enum(apiKeyAccessLevels),
  expiresOn: z.preprocess(blankToUndefined, z.iso.date().optional()),
});
export type NewApiKeyInput = z.output<typeof newApiKeySchema>;

export const apiKeyIdSchema = z.object({ keyId: z.uuid() });
