import { randomUUID } from "node:crypto";
import { startFakeHttpServer, type FakeHttpServer, type FakeReply } from "./fake-http-server";

export interface FakeHubSpotContact {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface FakeHubSpot extends FakeHttpServer {
  /** Contacts by lower-cased email, as HubSpot keys them. */
  contacts: Map<string, FakeHubSpotContact>;
  /** The next request gets this answer instead (a 429, an outage…). */
  failNext(reply: FakeReply): void;
}

function error(status: number, category: string, message: string): FakeReply {
  return { status, body: { status: "error", message, correlationId: randomUUID(), category } };
}

/**
 * HubSpot's CRM contacts API as far as the exporter uses it: `POST /crm/v3/objects/contacts/batch/upsert`
 * with a private-app token (`Authorization: Bearer …`), inputs keyed by `idProperty: "email"`, and HubSpot's
 * JSON for answers and errors. Point HUBSPOT_BASE_URL at `url`.
 */
export async function startFakeHubSpot(accessToken: string): Promise<FakeHubSpot> {
  const contacts = new Map<string, FakeHubSpotContact>();
  const failures: FakeReply[] = [];
  let nextId = 1001;
  const server = await startFakeHttpServer((request) => {
    const failure = failures.shift();
    if (failure) return failure;
    if (request.headers.authorization !== `Bearer ${accessToken}`) {
      return error(
        401,
        "INVALID_AUTHENTICATION",
        "Authentication credentials not found. This API supports OAuth 2.0 authentication.",
      );
    }
    if (request.method !== "POST" || request.path !== "/crm/v3/objects/contacts/batch/upsert") {
      return error(404, "OBJECT_NOT_FOUND", `No route for ${request.method} ${request.path}`);
    }
    const inputs = (request.body as { inputs?: unknown } | undefined)?.inputs;
    if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > 100) {
      return error(400, "VALIDATION_ERROR", "Invalid input JSON: inputs must hold 1 to 100 objects");
    }
    const startedAt = new Date().toISOString();
    const results = [];
    for (const input of inputs as { id?: unknown; idProperty?: unknown; properties?: unknown }[]) {
      if (input.idProperty !== "email" || typeof input.id !== "string" || typeof input.properties !== "object") {
        return error(400, "VALIDATION_ERROR", "Invalid input JSON: each input needs id, idProperty and properties");
      }
      const key = input.id.toLowerCase();
      const now = new Date().toISOString();
      const existing = contacts.get(key);
      const contact: FakeHubSpotContact = existing
        ? { ...existing, properties: { ...existing.properties, ...(input.properties as object) }, updatedAt: now }
        : {
            id: String(nextId++),
            properties: { ...(input.properties as Record<string, string>), email: key },
            createdAt: now,
            updatedAt: now,
          };
      contacts.set(key, contact);
      results.push({
        id: contact.id,
        properties: { ...contact.properties, hs_object_id: contact.id, lastmodifieddate: now },
        createdAt: contact.createdAt,
        updatedAt: contact.updatedAt,
        archived: false,
        new: !existing,
      });
    }
    return {
      status: 200,
      body: { status: "COMPLETE", results, startedAt, completedAt: new Date().toISOString() },
    };
  });
  return { ...server, contacts, failNext: (reply) => failures.push(reply) };
}
