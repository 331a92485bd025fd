import { z } from "zod";

/**
 * An OpenAI secret key as pasted: `sk-…` (project keys `sk-proj-…`, service accounts `sk-svcacct-…`), no
 * spaces. The field is named `secret` so a refused form never echoes it back into the page.
 */
export const openaiKeyFormSchema = z.object({
  secret: z
    .string()
    .trim()
    .min(1, "openai_key_required")
    .max(512, "openai_key_format")
    .regex(/^sk-[A-Za-z0-9_-]{16,}$/, "openai_key_format"),
});
export type OpenaiKeyForm = z.output<typeof openaiKeyFormSchema>;
