import { createHash } from "node:crypto";
import { startFakeHttpServer, type FakeHttpServer, type FakeReply, type RecordedRequest } from "./fake-http-server";

export interface FakeOpenAI extends FakeHttpServer {
  /** The base URL the SDK takes (OPENAI_BASE_URL): the server's `/v1`. */
  baseURL: string;
  /** Keys the fake accepts; anything else is OpenAI's 401 `invalid_api_key`. */
  keys: Set<string>;
  /** Replaces how chat completions are answered (the content the model "writes"). */
  answerChat(writer: ChatWriter): void;
  /** The bearer key each request carried, in order. */
  keysUsed(path?: string): string[];
}

export type ChatWriter = (request: { system: string; user: string; model: string }) => string;

const usage = (input: number, output: number) => ({
  prompt_tokens: input,
  completion_tokens: output,
  total_tokens: input + output,
});
// About four characters a token, as OpenAI's tokenizer counts English on average: deterministic for tests.
const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function error(status: number, code: string, message: string, type = "invalid_request_error"): FakeReply {
  return { status, body: { error: { message, type, param: null, code } } };
}

/**
 * A default writer: an insight in the language the system prompt asks for, citing the first two figures the
 * user message lists (`"id": "F1"`) and one that does not exist, which the app must drop.
 */
export const citingWriter: ChatWriter = ({ system, user }) => {
  const ids = [...user.matchAll(/"id":\s*"(F\d+)"/g)].map((match) => match[1]!);
  const english = /write in English/i.test(system);
  const [first = "F1", second = first] = ids;
  return JSON.stringify({
    headline: english ? "A steadier month" : "Um mês mais estável",
    paragraphs: [
      {
        text: english
          ? `Availability held up [${first}] and performance moved [${second}].`
          : `A disponibilidade se manteve [${first}] e o desempenho mudou [${second}].`,
        citations: [first, second],
      },
      {
        text: english ? "Something the figures do not say [F999]." : "Algo que os números não dizem [F999].",
        citations: ["F999"],
      },
    ],
  });
};

/**
 * OpenAI's REST API as far as Arco uses it, through the official SDK: `GET /v1/models` (the cheap call that
 * validates a key), `POST /v1/chat/completions` (structured output: the content is a JSON string),
 * `POST /v1/responses` (the same, in the Responses API's shape) and `POST /v1/embeddings` (deterministic
 * vectors of the requested width), each with `usage`, and OpenAI's error JSON for a bad key.
 */
export async function startFakeOpenAI(keys: string[], port = 0): Promise<FakeOpenAI> {
  const accepted = new Set(keys);
  let writer: ChatWriter = citingWriter;
  const server = await startFakeHttpServer((request) => {
    const key = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ""))?.[1] ?? "";
    if (!accepted.has(key)) {
      return error(401, "invalid_api_key", `Incorrect API key provided: ${key.slice(0, 3)}***${key.slice(-4)}.`);
    }
    const path = request.path.split("?")[0];
    if (request.method === "GET" && path === "/v1/models") {
      return {
        status: 200,
        body: {
          object: "list",
          data: ["gpt-4o-mini", "text-embedding-3-small"].map((id) => ({
            id,
            object: "model",
            created: 1_700_000_000,
            owned_by: "system",
          })),
        },
      };
    }
    if (request.method === "POST" && path === "/v1/chat/completions") return chat(request, writer);
    if (request.method === "POST" && path === "/v1/responses") return responses(request, writer);
    if (request.method === "POST" && path === "/v1/embeddings") return embeddings(request);
    return error(404, "unknown_url", `Unknown request URL: ${request.method} ${request.path}.`);
  }, port);
  return {
    ...server,
    baseURL: `${server.url}/v1`,
    keys: accepted,
    answerChat: (next) => {
      writer = next;
    },
    keysUsed: (path) =>
      server.requests
        .filter((request) => !path || request.path.startsWith(path))
        .map((request) => /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ""))?.[1] ?? ""),
  };
}

type ChatBody = { model?: string; messages?: Array<{ role: string; content: string }> };

function chat(request: RecordedRequest, writer: ChatWriter): FakeReply {
  const body = request.body as ChatBody;
  const system = body.messages?.find((m) => m.role === "system" || m.role === "developer")?.content ?? "";
  const user = body.messages?.find((m) => m.role === "user")?.content ?? "";
  const model = body.model ?? "gpt-4o-mini";
  const content = writer({ system, user, model });
  return {
    status: 200,
    body: {
      id: `chatcmpl-${createHash("sha1").update(user).digest("hex").slice(0, 12)}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [
        { index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null },
      ],
      usage: usage(tokens(system + user), tokens(content)),
    },
  };
}

function responses(request: RecordedRequest, writer: ChatWriter): FakeReply {
  const body = request.body as { model?: string; instructions?: string; input?: string };
  const model = body.model ?? "gpt-4o-mini";
  const text = writer({ system: body.instructions ?? "", user: String(body.input ?? ""), model });
  const input = tokens(`${body.instructions ?? ""}${String(body.input ?? "")}`);
  return {
    status: 200,
    body: {
      id: "resp_fake",
      object: "response",
      created_at: Math.floor(Date.now() / 1000),
      status: "completed",
      model,
      output: [
        {
          type: "message",
          id: "msg_fake",
          status: "completed",
          role: "assistant",
          content: [{ type: "output_text", text, annotations: [] }],
        },
      ],
      usage: { input_tokens: input, output_tokens: tokens(text), total_tokens: input + tokens(text) },
    },
  };
}

function embeddings(request: RecordedRequest): FakeReply {
  const body = request.body as {
    model?: string;
    input?: string | string[];
    dimensions?: number;
    encoding_format?: "float" | "base64";
  };
  const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ""];
  const width = body.dimensions ?? 1536;
  const data = inputs.map((text, index) => {
    // A unit vector seeded by the text's hash: the same text always gets the same embedding.
    const seed = createHash("sha256").update(text).digest();
    const raw = Array.from({ length: width }, (_, i) => (seed[i % seed.length]! - 127.5) / 127.5 + (i % 7) / 70);
    const norm = Math.hypot(...raw);
    const vector = raw.map((value) => value / norm);
    // The SDK asks for base64 (little-endian float32) unless told otherwise, and decodes it itself.
    const embedding =
      body.encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
    return { object: "embedding", index, embedding };
  });
  const input = inputs.reduce((sum, text) => sum + tokens(text), 0);
  return {
    status: 200,
    body: {
      object: "list",
      data,
      model: body.model ?? "text-embedding-3-small",
      usage: { prompt_tokens: input, total_tokens: input },
    },
  };
}
