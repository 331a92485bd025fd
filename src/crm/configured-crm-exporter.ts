import "server-only";
import { env } from "@/src/env";
import type { CrmExporter } from "./crm-exporter";
import { createHubSpotExporter } from "./hubspot-exporter";

/** The CRM leads are exported to, or null when none is configured (HUBSPOT_ACCESS_TOKEN unset). */
export function configuredCrmExporter(): CrmExporter | null {
  const { HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL } = env();
  if (!HUBSPOT_ACCESS_TOKEN) return null;
  return createHubSpotExporter({ accessToken: HUBSPOT_ACCESS_TOKEN, basePath: HUBSPOT_BASE_URL });
}
