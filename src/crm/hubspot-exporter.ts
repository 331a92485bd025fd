import "server-only";
import { Client } from "@hubspot/api-client";
import { CrmExportError, type CrmExporter, type CrmLead } from "./crm-exporter";

function describe(error: unknown): CrmExportError {
  const status = typeof error === "object" && error !== null && "code" in error ? Number(error.code) : NaN;
  const body = typeof error === "object" && error !== null && "body" in error ? error.body : undefined;
  const detail = typeof body === "object" && body !== null && "message" in body ? String(body.message) : String(error);
  // No status means HubSpot was not reached; 429 and 5xx are HubSpot asking to come back later.
  const retryable = Number.isNaN(status) || status === 429 || status >= 500;
  return new CrmExportError(`HubSpot${Number.isNaN(status) ? "" : ` ${status}`}: ${detail}`, {
    retryable,
    cause: error,
  });
}

/**
 * HubSpot contacts through the official SDK: one `POST /crm/v3/objects/contacts/batch/upsert` with
 * `idProperty: "email"`, which creates the contact or updates the one with that address. Only default
 * contact properties are written (`email`, `website`), so it works on any portal without setup; the
 * private app needs the `crm.objects.contacts.write` scope.
 */
export function createHubSpotExporter(config: { accessToken: string; basePath?: string }): CrmExporter {
  const client = new Client({
    accessToken: config.accessToken,
    // The SDK appends `/crm/v3/...` to the base path.
    ...(config.basePath ? { basePath: config.basePath.replace(/\/+$/, "") } : {}),
  });
  return {
    name: "hubspot",
    async exportLead(lead: CrmLead) {
      const properties: Record<string, string> = { email: lead.email };
      if (lead.firstUrl) properties.website = lead.firstUrl;
      let response;
      try {
        response = await client.crm.contacts.batchApi.upsert({
          inputs: [{ id: lead.email, idProperty: "email", properties }],
        });
      } catch (error) {
        throw describe(error);
      }
      const [contact] = response.results;
      if (!contact) {
        // A 207 answer carries per-input errors instead of the contact.
        const errors = "errors" in response && Array.isArray(response.errors) ? response.errors : [];
        const detail = errors.map((e: { message?: string }) => e.message).join("; ") || "no contact in the answer";
        throw new CrmExportError(`HubSpot refused the contact: ${detail}`, { retryable: false });
      }
      return { externalId: contact.id, created: contact._new };
    },
  };
}
