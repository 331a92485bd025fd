/**
 * How an object's content type is served. The stored type is whatever the uploader claimed, and objects are
 * served from the API's origin (where Auth and the mailbox also live), so a type a browser would run as a
 * document there — HTML, XHTML, SVG, XML and XSLT, JavaScript, multipart and message documents, Flash — is
 * never rendered inline: it goes out as an attachment, under a sandboxing CSP and `nosniff` (see serve-object).
 * Supabase Storage itself only swaps a type containing "text/html" (case-sensitive) for text/plain; that swap is
 * kept, so HTML never even downloads as HTML.
 *
 * Browsers read a media type case-insensitively, ignore whitespace around it, and take parameters after ";",
 * so the claim is parsed the same way before it is judged: "TEXT/HTML", " text/html ;charset=utf-8" and
 * "Image/SVG+XML" are HTML and SVG. A claim that does not parse as one media type is served as opaque bytes.
 */
export interface ServedContentType {
  /** The Content-Type header value. */
  contentType: string;
  /** Active content: only ever served as an attachment. */
  active: boolean;
}

/** RFC 9110 `token`, lower case (the value is lower-cased before it is matched). */
const token = "[!#$%&'*+.^_`|~0-9a-z-]+";
const mediaTypePattern = new RegExp(`^(${token})/(${token})$`);
const charsetPattern = new RegExp(`^${token}$`);

const OPAQUE = "application/octet-stream";

/**
 * Subtypes naming a markup or script language as one of their parts (split at ".", "+" and "-"), whatever the
 * top-level type or vendor prefix: svg+xml, xhtml+xml, x-server-parsed-html, javascript1.2… but not
 * vnd.openxmlformats-…, an office file browsers only download.
 */
const activeSubtype = /(^|[.+-])(x?html|xml|svg|xslt?|(java|ecma|j|live)script[0-9.]*|shockwave)([.+-]|$)/;
/** Top-level types whose documents can embed or replace others (multipart/x-mixed-replace, MHTML). */
const activeTopLevel = new Set(["multipart", "message"]);

function charsetOf(parameters: string[]): string | undefined {
  for (const parameter of parameters) {
    const [name, ...rest] = parameter.split("=");
    if (name?.trim().toLowerCase() !== "charset") continue;
    const value = rest
      .join("=")
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    return charsetPattern.test(value) ? value : undefined;
  }
  return undefined;
}

export function servedContentType(stored: unknown): ServedContentType {
  if (typeof stored !== "string" || stored.trim() === "") return { contentType: OPAQUE, active: false };
  const [essence = "", ...parameters] = stored.split(";");
  const match = mediaTypePattern.exec(essence.trim().toLowerCase());
  if (!match) return { contentType: OPAQUE, active: true };
  const [mediaType, type, subtype] = match as unknown as [string, string, string];
  const active = activeTopLevel.has(type) || activeSubtype.test(subtype);
  const served = mediaType === "text/html" ? "text/plain" : mediaType;
  const charset = charsetOf(parameters);
  return { contentType: charset ? `${served}; charset=${charset}` : served, active };
}
