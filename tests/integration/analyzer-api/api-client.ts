import { vi } from "vitest";
import { pointAppAt } from "../../support/app-env.ts";
import type { TestStack } from "../../support/stack.ts";

/** What the mocked sendEvent received: validated events, in order. */
export interface SentEvent {
  name: string;
  data: Record<string, unknown>;
  id?: string;
}

type Routes = Awaited<ReturnType<typeof importRoutes>>;

async function importRoutes() {
  const [submit, status, lead, stamp, subjects, connection] = await Promise.all([
    import("@/app/api/analyze/route"),
    import("@/app/api/analyze/[id]/route"),
    import("@/app/api/analyze/[id]/lead/route"),
    import("@/src/http/peer-address-stamp"),
    import("@/src/analyzer/hash-subject"),
    import("@/src/db/connection"),
  ]);
  return { submit, status, lead, stamp, subjects, connection };
}

export interface RequestOptions {
  /** The connection's address, as the server's stamp records it. */
  ip?: string;
  headers?: Record<string, string>;
}

/**
 * The analyzer's route handlers, loaded against a test stack with extra settings. env() is read once per
 * module instance, so each configuration gets fresh modules (and its own connection pool, closed by `close`).
 */
export class AnalyzerApi {
  private readonly routes: Routes;

  private constructor(routes: Routes) {
    this.routes = routes;
  }

  static async load(stack: TestStack, settings: Record<string, string> = {}): Promise<AnalyzerApi> {
    vi.resetModules();
    vi.unstubAllEnvs();
    pointAppAt(stack);
    for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
    return new AnalyzerApi(await importRoutes());
  }

  async close(): Promise<void> {
    await this.routes.connection.connection().end({ timeout: 1 });
  }

  /** A request as the route handler receives it behind Next, stamped with the connection's address. */
  request(path: string, init: RequestInit & RequestOptions = {}): Request {
    const { ip = "198.51.100.1", headers = {}, ...rest } = init;
    const incoming = { headers: {} as Record<string, string>, socket: { remoteAddress: ip } };
    this.routes.stamp.stampPeerAddress(incoming as never);
    return new Request(`http://127.0.0.1:3000${path}`, { ...rest, headers: { ...incoming.headers, ...headers } });
  }

  submit(body: unknown, options: RequestOptions = {}): Promise<Response> {
    return this.routes.submit.POST(
      this.request("/api/analyze", {
        ...options,
        method: "POST",
        headers: { "content-type": "application/json", ...options.headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  }

  status(id: string, options: RequestOptions = {}): Promise<Response> {
    return this.routes.status.GET(this.request(`/api/analyze/${id}`, options), {
      params: Promise.resolve({ id }),
    });
  }

  giveEmail(id: string, body: unknown, options: RequestOptions = {}): Promise<Response> {
    return this.routes.lead.POST(
      this.request(`/api/analyze/${id}/lead`, {
        ...options,
        method: "POST",
        headers: { "content-type": "application/json", ...options.headers },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id }) },
    );
  }

  ipHash(ip: string): string {
    return this.routes.subjects.hashIpSubject(ip);
  }

  emailHash(email: string): string {
    return this.routes.subjects.hashEmailSubject(email);
  }
}

/** The body of an error answer, checked to carry nothing but a code and a message. */
export async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  if (Object.keys(body).join() !== "error" || Object.keys(body.error).sort().join() !== "code,message") {
    throw new Error(`unexpected error body ${JSON.stringify(body)}`);
  }
  return { status: response.status, ...body.error };
}
