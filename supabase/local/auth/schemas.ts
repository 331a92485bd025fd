import { z } from "zod";

/** Request fields several endpoints share. Unknown keys (gotrue_meta_security, options…) are ignored. */
export const metadataField = z.record(z.string(), z.unknown()).nullish();

export const pkceFields = {
  code_challenge: z.string().nullish(),
  code_challenge_method: z.string().nullish(),
};
