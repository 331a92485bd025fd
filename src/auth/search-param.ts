/** A query parameter as one string: Next.js gives an array when the key repeats, and we take the first. */
export function searchParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
