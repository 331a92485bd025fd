import "server-only";
import { env } from "@/src/env";

/** The page a domain's performance is measured on: its home page (ARCO_PERFORMANCE_URL_TEMPLATE). */
export function performanceUrl(domainName: string): string {
  return env().ARCO_PERFORMANCE_URL_TEMPLATE.replaceAll("{domain}", encodeURIComponent(domainName.toLowerCase()));
}
