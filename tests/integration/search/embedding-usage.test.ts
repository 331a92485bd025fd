import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * Metering the plan's OpenAI key in the real `embed` function and Postgres: each call is counted in `ai_usage`
 * exactly when its vectors are kept (in the same transaction), so a save that fails meters nothing and its
 * retry is metered once; unchanged text makes no call; a question asked for an organization is metered too.
 */
const stack = stackForThisFile();
const PLAN_KEY = "sk-plan-key-for-embedding-usage-0001";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let openai: FakeOpenAI;
let moda: OrganizationFixture;
let workEmbeddingQueue: typeof import("@/src/search/work-embedding-queue").workEmbeddingQueue;
let embedQuery: typeof import("@/src/search/embed-query").embedQuery;

const embeddingCalls = () => openai.keysUsed("/v1/embeddings").length;
async function usage() {
  const rows = await stack.sql<{ requests: number; input_tokens: number; cost_usd: string }[]>`
    select requests, input_tokens::int, cost_usd::text from public.ai_usage
    where org_id = ${moda.id} and model = 'text-embedding-3-small'`;
  return rows[0] ?? { requests: 0, input_tokens: 0, cost_usd: "0" };
}

beforeAll(async () => {
  openai = await startFakeOpenAI([PLAN_KEY]);
  pointAppAt(stack);
  // The function's worker starts on its first call and takes these from the environment (its secrets).
  Object.assign(process.env, { OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: PLAN_KEY });
  vi.resetModules();
  ({ workEmbeddingQueue } = await import("@/src/search/work-embedding-queue"));
  ({ embedQuery } = await import("@/src/search/embed-query"));
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  await stack.sql`delete from private.embedding_jobs`;
});

afterAll(async () => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
  await openai?.close();
});

describe("usage of the plan's key for embeddings", () => {
  it("meters nothing for a call whose vectors were not kept, and the retry once", async () => {
    // The save fails once: a trigger refuses the first passage written (a sequence counts the attempts, as the
    // failure rolls everything else back).
    await stack.sql.unsafe(`
      create sequence private.embedding_inserts;
      create function private.refuse_embedding_once() returns trigger language plpgsql as $$
      begin
        if nextval('private.embedding_inserts') = 1 then raise exception 'simulated failure while saving'; end if;
        return new;
      end $$;
      create trigger refuse_embedding_once before insert on public.embeddings
        for each row execute function private.refuse_embedding_once();`);
    await stack.sql`insert into public.incidents (org_id, title, severity, cause) values
      (${moda.id}, 'Checkout fora do ar', 'critical', 'Certificado do gateway expirou'),
      (${moda.id}, 'Site lento', 'minor', 'Imagens sem compressão')`;

    const failed = await workEmbeddingQueue();
    expect(failed).toMatchObject({ provider: "openai", embedded: 0, failed: 2 });
    expect(embeddingCalls()).toBe(1);
    expect(await usage()).toEqual({ requests: 0, input_tokens: 0, cost_usd: "0" });
    const [documents] = await stack.sql<{ n: number }[]>`
      select count(*)::int as n from public.documents where org_id = ${moda.id}`;
    expect(documents!.n).toBe(0);

    // The jobs come back after their backoff; make them due now.
    await stack.sql`update private.embedding_jobs set visible_at = clock_timestamp()`;
    expect(await workEmbeddingQueue()).toMatchObject({ embedded: 2, failed: 0 });
    expect(embeddingCalls()).toBe(2);
    const metered = await usage();
    expect(metered.requests).toBe(1);
    expect(metered.input_tokens).toBeGreaterThan(0);
  });

  it("makes no call for text that did not change", async () => {
    const before = await usage();
    await stack.sql`update public.incidents set cause = cause where org_id = ${moda.id}`;
    expect(await workEmbeddingQueue()).toMatchObject({ claimed: 2, unchanged: 2 });
    expect(embeddingCalls()).toBe(2);
    expect(await usage()).toEqual(before);
  });

  it("meters a question asked for the organization, and not one asked without it", async () => {
    const before = await usage();
    await embedQuery("o checkout caiu?", moda.id);
    await embedQuery("o checkout caiu?");
    expect(embeddingCalls()).toBe(4);
    expect((await usage()).requests).toBe(before.requests + 1);
  });
});
