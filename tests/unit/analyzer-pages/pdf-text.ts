import { inflateSync } from "node:zlib";

/**
 * The text a PDF draws, good enough to assert on: every Flate stream inflated, and the hex strings the
 * standard fonts use (`<48656c6c6f> Tj`) decoded as Windows-1252 and joined (a line is drawn in several runs).
 */
export function pdfVisibleText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const streams: string[] = [];
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // Not a Flate stream (an image, or uncompressed): nothing drawn as text in it.
    }
  }
  const decoder = new TextDecoder("windows-1252");
  return streams
    .flatMap((stream) => [...stream.matchAll(/<([0-9a-fA-F\s]+)>\s*Tj|\[([^\]]*)\]\s*TJ/g)])
    .map((match) => {
      const hexParts =
        match[1] !== undefined
          ? [match[1]]
          : [...(match[2] ?? "").matchAll(/<([0-9a-fA-F\s]+)>/g)].map((m) => m[1] ?? "");
      return hexParts.map((hex) => decoder.decode(Buffer.from(hex.replace(/\s/g, ""), "hex"))).join("");
    })
    .join("");
}
