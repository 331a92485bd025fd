import "server-only";
import { cron } from "inngest";
import { workEmbeddingQueue } from "@/src/search/work-embedding-queue";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/**
 * Keeps search current: every minute the `embed` edge function works what the triggers queued. One run at a
 * time (a second would only find the first one's jobs leased).
 */
export const embedDocuments = createFunction(
  {
    id: "embed-documents",
    name: "Embed changed documents",
    triggers: [cron("* * * * *"), runRequested("embed-documents")],
    concurrency: { limit: 1 },
  },
  async ({ step }) => step.run("work-embedding-queue", () => workEmbeddingQueue()),
);
