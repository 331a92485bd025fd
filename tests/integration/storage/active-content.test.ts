import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";

// Objects are served from the API's origin, so nothing an uploader labels as a document type may render there:
// whatever the spelling of the claimed type, active content goes out as an attachment, every object carries
// `nosniff` and a sandboxing CSP, through every way of reading it (authenticated, signed and public URLs).

const noSession = { auth: { persistSession: false, autoRefreshToken: false } };
const stack = stackForThisFile();
let admin: SupabaseClient;

/** [claimed type, served Content-Type]: documents and scripts, in the spellings a browser accepts. */
const active: Array<[string, string]> = [
  ["text/html", "text/plain"],
  ["TEXT/HTML", "text/plain"],
  [" Text/Html ; charset=UTF-8", "text/plain; charset=utf-8"],
  ["application/xhtml+xml", "application/xhtml+xml"],
  ["image/svg+xml", "image/svg+xml"],
  ["Image/SVG+XML", "image/svg+xml"],
  ["text/xml", "text/xml"],
  ["application/xml", "application/xml"],
  ["text/xsl", "text/xsl"],
  ["application/javascript", "application/javascript"],
  ["Text/JavaScript", "text/javascript"],
  ["multipart/x-mixed-replace; boundary=x", "multipart/x-mixed-replace"],
  ["text/html, image/png", "application/octet-stream"],
];
const passive: Array<[string, string]> = [
  ["image/png", "image/png"],
  ["application/pdf", "application/pdf"],
  ["text/plain;charset=UTF-8", "text/plain; charset=utf-8"],
];

const claims = [...active, ...passive].map(([claimed]) => claimed);
/** One object per claimed type, under a plain name. */
const key = (claimed: string) => `typed/${claims.indexOf(claimed)}.bin`;

beforeAll(async () => {
  admin = createClient(stack.apiUrl, stack.serviceRoleKey, noSession);
  for (const [id, isPublic] of [
    ["uploads", false],
    ["open", true],
  ] as const) {
    expect((await admin.storage.createBucket(id, { public: isPublic })).error).toBeNull();
  }
  for (const claimed of claims) {
    for (const bucket of ["uploads", "open"]) {
      const body = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
      const { error } = await admin.storage.from(bucket).upload(key(claimed), body, { contentType: claimed });
      expect(error, claimed).toBeNull();
    }
  }
});

/** The same object through each route a browser could be sent to. */
async function servedEverywhere(claimed: string): Promise<Response[]> {
  const authenticated = await fetch(`${stack.apiUrl}/storage/v1/object/authenticated/uploads/${key(claimed)}`, {
    headers: { authorization: `Bearer ${stack.serviceRoleKey}`, apikey: stack.serviceRoleKey },
  });
  const signed = await admin.storage.from("uploads").createSignedUrl(key(claimed), 60);
  expect(signed.error).toBeNull();
  const viaSignedUrl = await fetch(signed.data!.signedUrl);
  const viaPublicUrl = await fetch(admin.storage.from("open").getPublicUrl(key(claimed)).data.publicUrl);
  return [authenticated, viaSignedUrl, viaPublicUrl];
}

describe("serving what an uploader labelled", () => {
  it.each(active)("never renders %j inline: served as %j, as an attachment", async (claimed, served) => {
    for (const response of await servedEverywhere(claimed)) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(served);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toMatch(/(^|;)\s*sandbox\s*(;|$)/);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      await response.arrayBuffer();
    }
  });

  it.each(passive)("serves %j inline as %j, still without sniffing and sandboxed", async (claimed, served) => {
    for (const response of await servedEverywhere(claimed)) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(served);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toMatch(/(^|;)\s*sandbox\s*(;|$)/);
      await response.arrayBuffer();
    }
  });

  it("keeps a requested download name on active content", async () => {
    const signed = await admin.storage
      .from("uploads")
      .createSignedUrl(key("image/svg+xml"), 60, { download: "logo.svg" });
    const response = await fetch(signed.data!.signedUrl);
    expect(response.headers.get("content-disposition")).toContain("attachment; filename=logo.svg");
    await response.arrayBuffer();
  });
});
