/**
 * The PDF uses the standard Helvetica fonts (no font file to ship or fetch), which draw only Windows-1252
 * characters. Lighthouse texts can hold others (≥, arrows, CJK in a page's own words): common ones become
 * their ASCII spelling, the rest a visible "?" instead of a silently wrong glyph.
 */
const replacements: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "→": "->",
  "←": "<-",
  "≈": "~",
  // Intl puts thin and narrow no-break spaces in some units and times ("12:00 PM").
  "\u2009": " ",
  "\u202f": " ",
};

const windows1252Extras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function pdfText(text: string): string {
  return Array.from(text.replace(/`/g, ""), (char) => {
    if (replacements[char]) return replacements[char];
    const code = char.codePointAt(0) ?? 0;
    return code < 0x100 || windows1252Extras.has(char) ? char : "?";
  }).join("");
}
