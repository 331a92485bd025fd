/** Cloud metadata services reached by name; on a cloud machine each resolves to the metadata address. */
const metadataNames = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
]);

/** Suffixes that never name a public site: reserved for private networks or multicast DNS. */
const internalSuffixes = [".internal", ".local", ".localdomain", ".home.arpa", ".intranet", ".corp", ".lan"];

/**
 * True for names that only mean something inside a network. The resolved addresses are checked anyway; this
 * catches the cases where the resolver would take us somewhere internal (metadata names, search-domain
 * expansion of a single label) and gives the refusal a clear reason. `localhost` is left to the address
 * check, so it follows the loopback option.
 */
export function isForbiddenHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return false;
  if (metadataNames.has(name)) return true;
  if (!name.includes(".")) return true;
  return internalSuffixes.some((suffix) => name.endsWith(suffix));
}
