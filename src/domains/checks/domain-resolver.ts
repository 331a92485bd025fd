import "server-only";
import { Resolver } from "node:dns/promises";
import { env } from "@/src/env";

/** A resolver asking the configured servers (ARCO_DNS_SERVERS), or the system's; short tries, so a dead server fails fast. */
export function domainResolver(): Resolver {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  const servers = env().ARCO_DNS_SERVERS;
  if (servers && servers.length > 0) resolver.setServers(servers);
  return resolver;
}
