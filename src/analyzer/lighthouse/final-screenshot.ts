import type { Result } from "lighthouse";

/** The JPEG of the page at the end of the load (the `final-screenshot` audit's data URI), or null. */
export function finalScreenshot(lhr: Result): Buffer | null {
  const details = lhr.audits["final-screenshot"]?.details;
  if (!details || details.type !== "screenshot") return null;
  const match = /^data:image\/jpeg;base64,(.+)$/.exec(details.data);
  return match?.[1] ? Buffer.from(match[1], "base64") : null;
}
