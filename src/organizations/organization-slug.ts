/** The longest slug `organizations.slug` accepts. */
const maxSlugLength = 48;

/**
 * The URL segment for an organization's name: ASCII lowercase letters, digits and single hyphens, as the
 * column's check requires ("Padaria São João" → "padaria-sao-joao"). `suffix` tells apart names that clash.
 */
export function organizationSlug(name: string, suffix?: string): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "org";
  const room = suffix ? maxSlugLength - suffix.length - 1 : maxSlugLength;
  const trimmed = base.slice(0, room).replace(/-+$/, "");
  return suffix ? `${trimmed}-${suffix}` : trimmed;
}
