import { z } from "zod";
import { hostnamePattern, MAX_DOMAIN_LENGTH, normalizeDomainName } from "./domain-name";

/** The "Add domain" field: normalized, then a real hostname of at most 253 characters. */
export const domainNameSchema = z
  .string()
  .max(2048)
  .transform(normalizeDomainName)
  .pipe(z.string().min(1).max(MAX_DOMAIN_LENGTH).regex(hostnamePattern));

export const addDomainSchema = z.object({ name: domainNameSchema });
