/**
 * What a key may do: read, or read and write (writing without reading is not offered). Apart from the zod
 * schemas so the browser's form lists the levels without loading zod.
 */
export const apiKeyAccessLevels = ["read", "read_write"] as const;
export type ApiKeyAccess = (typeof apiKeyAccessLevels)[number];

export const scopesFor = (access: ApiKeyAccess) => (access === "read" ? ["read"] : ["read", "write"]);
