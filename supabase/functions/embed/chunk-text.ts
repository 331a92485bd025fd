/** About 250 tokens of Portuguese or English prose: small enough for a precise passage, big enough for context. */
export const CHUNK_CHARACTERS = 1000;
const OVERLAP = 150;
/** A document is cut here: one ticket message or postmortem is never longer in practice. */
export const MAX_CHUNKS = 20;

/** Splits text into overlapping chunks, preferring to cut at a paragraph, sentence or word boundary. */
export function chunkText(text: string): string[] {
  const clean = text.replace(/\s+\n/g, "\n").trim();
  if (clean.length <= CHUNK_CHARACTERS) return clean ? [clean] : [];
  const chunks: string[] = [];
  let start = 0;
  while (start < clean.length && chunks.length < MAX_CHUNKS) {
    let end = Math.min(start + CHUNK_CHARACTERS, clean.length);
    if (end < clean.length) {
      const window = clean.slice(start, end);
      const cut = Math.max(window.lastIndexOf("\n\n"), window.lastIndexOf(". "), window.lastIndexOf(" "));
      if (cut > CHUNK_CHARACTERS / 2) end = start + cut + 1;
    }
    chunks.push(clean.slice(start, end).trim());
    if (end >= clean.length) break;
    start = end - OVERLAP;
  }
  return chunks;
}

/** sha256 (hex) of what a document is made of: unchanged text is not embedded again. */
export async function contentHash(title: string, content: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${title}\n\u0000\n${content}`);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
