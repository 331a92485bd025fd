import { describe, expect, it } from "vitest";
import { AnalyzerError } from "@/src/analyzer/analyzer-error";
import { MAX_URL_LENGTH, normalizeUrl } from "@/src/analyzer/normalize-url";

function refusal(input: string): string {
  try {
    normalizeUrl(input);
  } catch (error) {
    if (error instanceof AnalyzerError) return `${error.code}:${error.messageKey}`;
    throw error;
  }
  throw new Error(`${JSON.stringify(input)} was accepted`);
}

describe("normalizeUrl", () => {
  it.each([
    ["example.com", "https://example.com/"],
    ["  Example.COM/Path?q=1  ", "https://example.com/Path?q=1"],
    ["http://example.com:80/a", "http://example.com/a"],
    ["https://example.com:443/a", "https://example.com/a"],
    ["https://example.com:8443/a", "https://example.com:8443/a"],
    ["https://example.com/a#section", "https://example.com/a"],
    ["https://www.example.com./", "https://www.example.com/"],
    ["//example.com/x", "https://example.com/x"],
    ["HTTPS://Sub.Example.com.br", "https://sub.example.com.br/"],
    ["münchen.de", "https://xn--mnchen-3ya.de/"],
    ["93.184.216.34/page", "https://93.184.216.34/page"],
    ["http://[2606:4700::1111]/", "http://[2606:4700::1111]/"],
    // Numeric IPv4 forms become the address they mean; the SSRF gate then judges that address.
    ["http://2130706433/", "http://127.0.0.1/"],
    ["http://0x7f.1/", "http://127.0.0.1/"],
    ["localhost:3000", "https://localhost:3000/"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each([
    ["", "invalid_url:urlEmpty"],
    ["   ", "invalid_url:urlEmpty"],
    ["ftp://example.com/file", "invalid_url:urlScheme"],
    ["file:///etc/passwd", "invalid_url:urlScheme"],
    ["javascript://example.com/%0aalert(1)", "invalid_url:urlScheme"],
    ["https://user:secret@example.com/", "invalid_url:urlCredentials"],
    ["intranet", "invalid_url:urlHost"],
    ["https://intranet/", "invalid_url:urlHost"],
    ["example", "invalid_url:urlHost"],
    ["exa mple.com", "invalid_url:urlHost"],
    ["-bad.example.com", "invalid_url:urlHost"],
    ["bad-.example.com", "invalid_url:urlHost"],
    ["under_score.example.com", "invalid_url:urlHost"],
    [`${"a".repeat(64)}.com`, "invalid_url:urlHost"],
    ["example.123", "invalid_url:urlHost"],
    ["http://[::1", "invalid_url:urlHost"],
    ["mailto:someone@example.com", "invalid_url:urlScheme"],
    ["javascript:alert(1)", "invalid_url:urlScheme"],
    ["data:text/html,hi", "invalid_url:urlScheme"],
  ])("refuses %j as %s", (input, expected) => {
    expect(refusal(input)).toBe(expected);
  });

  it("caps the length, before and after normalization", () => {
    const path = "a".repeat(MAX_URL_LENGTH);
    expect(refusal(`https://example.com/${path}`)).toBe("invalid_url:urlTooLong");
    // Fits as typed, but not once https:// is added.
    const typed = `example.com/${"b".repeat(MAX_URL_LENGTH - "example.com/".length)}`;
    expect(typed).toHaveLength(MAX_URL_LENGTH);
    expect(refusal(typed)).toBe("invalid_url:urlTooLong");
    const fits = `https://example.com/${"c".repeat(MAX_URL_LENGTH - "https://example.com/".length)}`;
    expect(normalizeUrl(fits)).toHaveLength(MAX_URL_LENGTH);
  });
});
