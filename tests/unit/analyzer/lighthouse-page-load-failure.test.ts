import type { Artifacts } from "lighthouse";
import { describe, expect, it } from "vitest";
import { pageLoadFailure } from "@/src/analyzer/lighthouse/page-load-failure";

function artifacts(options: {
  error?: { code: string; statusCode?: string };
  warnings?: Artifacts["LighthouseRunWarnings"];
}) {
  const error = options.error ? Object.assign(new Error(options.error.code), options.error) : null;
  return {
    PageLoadError: error,
    LighthouseRunWarnings: options.warnings ?? [],
    URL: { finalDisplayedUrl: "http://site.test/end" },
  } as unknown as Artifacts;
}

const reason = (a: Artifacts, refused = false) => {
  const failure = pageLoadFailure(a, refused);
  return failure && { reason: failure.reason, finalUrl: failure.finalUrl };
};

describe("pageLoadFailure", () => {
  it("says nothing about a page that loaded", () => {
    expect(pageLoadFailure(artifacts({ warnings: ["Some other warning"] }), false)).toBeNull();
  });

  it.each([
    ["DNS_FAILURE", "dns_failure"],
    ["NOT_HTML", "not_html"],
    ["NO_FCP", "page_load_timeout"],
    ["PAGE_HUNG", "page_load_timeout"],
    ["FAILED_DOCUMENT_REQUEST", "unreachable"],
    ["CHROME_INTERSTITIAL_ERROR", "unreachable"],
    ["INSECURE_DOCUMENT_REQUEST", "unreachable"],
    ["TARGET_CRASHED", "lighthouse_error"],
  ])("maps Lighthouse's %s to %s", (code, expected) => {
    expect(reason(artifacts({ error: { code } }))).toEqual({ reason: expected, finalUrl: "http://site.test/end" });
  });

  it("keeps the status of an error page", () => {
    expect(reason(artifacts({ error: { code: "ERRORED_DOCUMENT_REQUEST", statusCode: "503" } }))?.reason).toBe(
      "http_status:503",
    );
  });

  it("blames the egress proxy's refusal over what Chrome made of it", () => {
    expect(reason(artifacts({ error: { code: "ERRORED_DOCUMENT_REQUEST", statusCode: "403" } }), true)?.reason).toBe(
      "url_not_allowed",
    );
  });

  it("fails a page still loading when the load limit ran out, recognized by Lighthouse's message id", () => {
    const timeout = {
      i18nId: "core/gather/driver/navigation.js | warningTimeout",
      formattedDefault: "The page loaded too slowly to finish within the time limit. Results may be incomplete.",
    };
    expect(reason(artifacts({ warnings: [timeout] }))?.reason).toBe("page_load_timeout");
  });
});
