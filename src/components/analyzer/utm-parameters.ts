const utmFields = ["source", "medium", "campaign", "term", "content"] as const;

/**
 * The campaign parameters (`utm_source`…) the visitor arrived with, for the lead's attribution, in the API's
 * shape (`{ source, medium, … }`); empty ones are left out.
 */
export function utmParameters(search: string): Partial<Record<(typeof utmFields)[number], string>> {
  const params = new URLSearchParams(search);
  const utm: Partial<Record<(typeof utmFields)[number], string>> = {};
  for (const field of utmFields) {
    const value = params.get(`utm_${field}`)?.trim();
    if (value) utm[field] = value.slice(0, 200);
  }
  return utm;
}
