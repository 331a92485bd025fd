import { chunkText, CHUNK_CHARACTERS, contentHash, MAX_CHUNKS } from "./chunk-text.ts";
import { DIMENSIONS, offlineEmbedding, offlineProvider, type EmbeddingProvider } from "./embedding-provider.ts";
import { handleEmbed, MAX_QUERY_CHARACTERS } from "./handler.ts";
import OpenAI from "npm:openai@7.60.0";
import { sealOpenaiKey } from "../_shared/openai-key-box.ts";
import { parseKeyring } from "../_shared/secret-box.ts";
import { orgProviders } from "./org-providers.ts";
import {
  processBatch,
  type CallUsage,
  type EmbeddingJob,
  type EmbeddingStore,
  type NewDocument,
} from "./process-batch.ts";

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
function assertEquals(actual: unknown, expected: unknown, message = "assertEquals") {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

/**
 * The queue, documents and metered calls in memory, with the Postgres store's semantics (complete only if not
 * re-enqueued; documents and their call's usage saved together). `failSaves` makes that many saves throw first.
 */
function memoryStore(jobs: EmbeddingJob[], { failSaves = 0 } = {}) {
  const documents = new Map<string, NewDocument>();
  const usage: CallUsage[] = [];
  const queue = [...jobs];
  const failures: Array<{ jobId: number; error: string }> = [];
  const completed: number[] = [];
  const store: EmbeddingStore = {
    claim: (n) => Promise.resolve(queue.splice(0, n)),
    storedHash: (_org, kind, ref) => {
      const document = documents.get(`${kind}:${ref}`);
      return Promise.resolve(document ? { hash: document.contentHash, model: document.model } : null);
    },
    saveDocuments: (saved, call) => {
      if (failSaves-- > 0) return Promise.reject(new Error("connection reset"));
      for (const document of saved) documents.set(`${document.sourceKind}:${document.sourceRef}`, document);
      if (call) usage.push(call);
      return Promise.resolve();
    },
    removeDocument: (kind, ref) => {
      documents.delete(`${kind}:${ref}`);
      return Promise.resolve();
    },
    complete: (job) => {
      completed.push(job.jobId);
      return Promise.resolve();
    },
    fail: (job, error) => {
      failures.push({ jobId: job.jobId, error });
      return Promise.resolve();
    },
  };
  return { store, documents, usage, failures, completed, queue };
}

const job = (jobId: number, ref: string, content: string | null): EmbeddingJob => ({
  jobId,
  enqueuedAt: new Date(),
  sourceKind: "incident",
  sourceRef: ref,
  source: content === null ? null : { orgId: "org-1", title: `Incident ${ref}`, content, staffOnly: false },
});

Deno.test("offline embeddings are deterministic, unit length, 1536 wide, and closer for texts sharing words", () => {
  const a = offlineEmbedding("Checkout fora do ar na Black Friday");
  assertEquals(a.length, DIMENSIONS);
  assertEquals(offlineEmbedding("Checkout fora do ar na Black Friday"), a, "same text, same vector");
  assert(Math.abs(Math.hypot(...a) - 1) < 1e-9, "normalized");
  const near = cosine(a, offlineEmbedding("o checkout ficou fora do ar"));
  const far = cosine(a, offlineEmbedding("renovação do domínio e certificado SSL"));
  assert(near > far + 0.2, `related text is nearer (${near} vs ${far})`);
  assertEquals(Math.hypot(...offlineEmbedding("")), 1, "empty text still gives a unit vector");
});

Deno.test("the offline provider says it is offline", () => {
  const provider = offlineProvider();
  assertEquals(provider.name, "offline");
  assert(provider.notice?.includes("OPENAI_API_KEY"), "the notice names the missing key");
});

Deno.test("chunks overlap, respect the size, and stop at the cap", () => {
  assertEquals(chunkText("short"), ["short"]);
  assertEquals(chunkText("   "), []);
  const long = Array.from({ length: 400 }, (_, i) => `Frase número ${i} sobre o checkout.`).join(" ");
  const chunks = chunkText(long);
  assert(chunks.length > 1, "long text is split");
  assert(
    chunks.every((chunk) => chunk.length <= CHUNK_CHARACTERS),
    "no chunk is longer than the size",
  );
  const tail = chunks[0]!.slice(-40);
  assert(chunks[1]!.includes(tail.slice(-20)), "consecutive chunks overlap");
  assertEquals(chunkText("x ".repeat(100_000)).length, MAX_CHUNKS);
});

Deno.test("a batch embeds new text in one call, skips unchanged text and removes deleted sources", async () => {
  const calls: number[] = [];
  const offline = offlineProvider();
  const provider: EmbeddingProvider = {
    ...offline,
    embed: (texts) => (calls.push(texts.length), offline.embed(texts)),
  };
  const memory = memoryStore([job(1, "a", "Checkout fora do ar"), job(2, "b", "Lentidão no site")]);
  const first = await processBatch(memory.store, provider, 10);
  assertEquals(first, { claimed: 2, embedded: 2, unchanged: 0, removed: 0, failed: 0, chunks: 2 });
  assertEquals(calls, [2], "one provider call for the batch");
  assertEquals(memory.documents.get("incident:a")?.contentHash, await contentHash("Incident a", "Checkout fora do ar"));

  memory.queue.push(job(3, "a", "Checkout fora do ar"), job(4, "b", "Lentidão no site resolvida"), job(5, "c", null));
  const second = await processBatch(memory.store, provider, 10);
  assertEquals(second, { claimed: 3, embedded: 1, unchanged: 1, removed: 1, failed: 0, chunks: 1 });
  assertEquals(calls, [2, 1], "only the changed text is embedded again");
  assertEquals(memory.completed.toSorted(), [1, 2, 3, 4, 5], "every job is completed");
});

Deno.test("a provider failure completes nothing and hands every job back for a retry", async () => {
  const provider: EmbeddingProvider = { ...offlineProvider(), embed: () => Promise.reject(new Error("503 upstream")) };
  const memory = memoryStore([job(1, "a", "um"), job(2, "b", "dois")]);
  const result = await processBatch(memory.store, provider, 10);
  assertEquals(result.failed, 2);
  assertEquals(memory.completed, []);
  assertEquals(
    memory.failures.map((failure) => failure.jobId),
    [1, 2],
  );
  assert(memory.failures[0]!.error.includes("503 upstream"), "the error is kept with the job");
  assertEquals(memory.documents.size, 0);
});

Deno.test("a save that fails meters nothing; its retry embeds again and is metered once", async () => {
  const offline = offlineProvider();
  // A provider billed like the plan's key: 7 tokens a call.
  const provider: EmbeddingProvider = {
    ...offline,
    metered: true,
    embed: async (texts) => ({ ...(await offline.embed(texts)), tokens: 7 }),
  };
  const memory = memoryStore([job(1, "a", "um"), job(2, "b", "dois")], { failSaves: 1 });
  const first = await processBatch(memory.store, provider, 10);
  assertEquals([first.embedded, first.failed, memory.usage.length, memory.documents.size], [0, 2, 0, 0]);
  assertEquals(memory.completed, [], "no job is completed whose document was not kept");

  memory.queue.push(job(1, "a", "um"), job(2, "b", "dois"));
  const retry = await processBatch(memory.store, provider, 10);
  assertEquals([retry.embedded, memory.documents.size], [2, 2]);
  assertEquals(
    memory.usage.map((u) => [u.orgId, u.tokens]),
    [["org-1", 7]],
    "the call whose vectors were kept, once",
  );

  // A crash after the save but before the jobs completed: the retry finds the text stored and calls nobody.
  memory.queue.push(job(1, "a", "um"), job(2, "b", "dois"));
  const again = await processBatch(memory.store, provider, 10);
  assertEquals([again.unchanged, memory.usage.length], [2, 1]);
});

Deno.test("the handler embeds a query (cutting a long one), and only the service role works the queue", async () => {
  const memory = memoryStore([job(1, "a", "Checkout")]);
  const deps = { provider: offlineProvider(), store: () => memory.store };
  const query = await handleEmbed(
    new Request("http://x/embed", { method: "POST", body: JSON.stringify({ input: "x".repeat(5000) }) }),
    deps,
  );
  const answer = await query.json();
  assertEquals(
    [query.status, answer.embedding.length, answer.truncated, answer.provider],
    [200, DIMENSIONS, true, "offline"],
  );
  assert(MAX_QUERY_CHARACTERS < 5000, "the cut is below the input");

  const token = (role: string) => `Bearer x.${btoa(JSON.stringify({ role }))}.y`;
  const refused = await handleEmbed(
    new Request("http://x/embed", { method: "POST", headers: { authorization: token("anon") }, body: "{}" }),
    deps,
  );
  assertEquals(refused.status, 403);
  const worked = await handleEmbed(
    new Request("http://x/embed", { method: "POST", headers: { authorization: token("service_role") }, body: "{}" }),
    deps,
  );
  const report = await worked.json();
  assertEquals([worked.status, report.embedded, report.batches, report.notice !== null], [200, 1, 1, true]);
  const bad = await handleEmbed(new Request("http://x/embed", { method: "POST", body: "{nope" }), deps);
  assertEquals(bad.status, 400);
});

/**
 * A local stand-in for OpenAI's embeddings endpoint: records the bearer key of each call and answers in the
 * API's shape (base64 float32 when the SDK asks for it, as it does by default), with usage.
 */
function fakeOpenAI() {
  const keys: string[] = [];
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, async (request) => {
    keys.push(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
    const body = await request.json();
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    const data = inputs.map((text, index) => {
      const vector = new Float32Array(offlineEmbedding(`fake ${text}`));
      const bytes = new Uint8Array(vector.buffer);
      const embedding = body.encoding_format === "base64" ? btoa(String.fromCharCode(...bytes)) : [...vector];
      return { object: "embedding", index, embedding };
    });
    const tokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
    return Response.json({
      object: "list",
      data,
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });
  return { keys, baseURL: `http://127.0.0.1:${server.addr.port}/v1`, close: () => server.shutdown() };
}

Deno.test("an organization's own OpenAI key embeds its text and is not metered; the plan's key is", async () => {
  const openai = fakeOpenAI();
  try {
    const keyring = parseKeyring(`k1:${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`);
    const byokOrg = crypto.randomUUID();
    const planOrg = crypto.randomUUID();
    const ownKey = "sk-proj-own-key-of-the-organization-1234";
    const sealed = await sealOpenaiKey(keyring, byokOrg, ownKey);
    const providers = orgProviders({
      planClient: new OpenAI({ apiKey: "sk-plan-key", baseURL: openai.baseURL }),
      keyring,
      storedKey: (orgId) => Promise.resolve(orgId === byokOrg ? sealed : null),
      clientFor: (apiKey) => new OpenAI({ apiKey, baseURL: openai.baseURL }),
    });
    const source = (orgId: string, content: string) => ({ orgId, title: "Incidente", content, staffOnly: false });
    const memory = memoryStore([
      {
        jobId: 1,
        enqueuedAt: new Date(),
        sourceKind: "incident",
        sourceRef: "a",
        source: source(byokOrg, "Checkout fora do ar"),
      },
      {
        jobId: 2,
        enqueuedAt: new Date(),
        sourceKind: "incident",
        sourceRef: "b",
        source: source(planOrg, "Lentidão no site"),
      },
    ]);
    const result = await processBatch(memory.store, providers, 10);
    assertEquals([result.embedded, result.failed], [2, 0]);
    assertEquals(
      openai.keys.toSorted(),
      [ownKey, "sk-plan-key"].toSorted(),
      "one call per organization, each on its key",
    );
    assertEquals(memory.documents.get("incident:a")?.model, "text-embedding-3-small");
    assertEquals(memory.documents.get("incident:a")?.chunks[0]?.embedding.length, DIMENSIONS);
    assertEquals(
      memory.usage.map((u) => u.orgId),
      [planOrg],
      "only the plan's key is metered",
    );
    assert(memory.usage[0]!.tokens > 0, "the tokens are kept (and the cost, at list price, rounded to micro-dollars)");

    // A search question for that organization is embedded with its key too (not metered); one for an
    // organization on the plan's key is metered. Only the service role may ask for an organization.
    const questions: CallUsage[] = [];
    const deps = {
      provider: offlineProvider(),
      providerFor: providers,
      store: () => memory.store,
      recordUsage: (call: CallUsage) => (questions.push(call), Promise.resolve()),
    };
    const token = (role: string) => `Bearer x.${btoa(JSON.stringify({ role }))}.y`;
    const ask = (role: string, orgId = byokOrg) =>
      handleEmbed(
        new Request("http://x/embed", {
          method: "POST",
          headers: { authorization: token(role) },
          body: JSON.stringify({ input: "checkout", org_id: orgId }),
        }),
        deps,
      );
    assertEquals((await ask("anon")).status, 403);
    const answer = await (await ask("service_role")).json();
    assertEquals([answer.provider, answer.embedding.length], ["openai", DIMENSIONS]);
    assertEquals(openai.keys.at(-1), ownKey);
    assertEquals(questions, [], "a question on the organization's own key is not metered");
    assertEquals((await ask("service_role", planOrg)).status, 200);
    assertEquals(
      questions.map((q) => [q.orgId, q.model]),
      [[planOrg, "text-embedding-3-small"]],
    );
  } finally {
    await openai.close();
  }
});
