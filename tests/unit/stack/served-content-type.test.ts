import { describe, expect, it } from "vitest";
import { servedContentType } from "../../../supabase/local/storage/served-content-type.ts";

// What a stored content type (the uploader's claim) is served as. Browsers read media types case-insensitively
// and around whitespace and parameters, so every spelling of an active type must be caught, not just the
// canonical one.

const activeClaims: Array<[claim: string, served: string]> = [
  ["text/html", "text/plain"],
  ["TEXT/HTML", "text/plain"],
  ["Text/Html", "text/plain"],
  [" text/html ", "text/plain"],
  ["\ttext/html", "text/plain"],
  ["text/html;charset=utf-8", "text/plain; charset=utf-8"],
  ["TEXT/HTML ; Charset=UTF-8", "text/plain; charset=utf-8"],
  ['text/html; charset="utf-8"', "text/plain; charset=utf-8"],
  ["text/html; foo=bar", "text/plain"],
  ["application/xhtml+xml", "application/xhtml+xml"],
  ["APPLICATION/XHTML+XML", "application/xhtml+xml"],
  ["image/svg+xml", "image/svg+xml"],
  ["Image/SVG+XML", "image/svg+xml"],
  ["image/svg+xml; charset=utf-8", "image/svg+xml; charset=utf-8"],
  ["image/svg", "image/svg"],
  ["text/xml", "text/xml"],
  ["application/xml", "application/xml"],
  ["application/rss+xml", "application/rss+xml"],
  ["application/mathml+xml", "application/mathml+xml"],
  ["application/vnd.wap.xhtml+xml", "application/vnd.wap.xhtml+xml"],
  ["text/xsl", "text/xsl"],
  ["application/xslt+xml", "application/xslt+xml"],
  ["text/javascript", "text/javascript"],
  ["TEXT/JAVASCRIPT", "text/javascript"],
  ["application/javascript", "application/javascript"],
  ["application/x-javascript", "application/x-javascript"],
  ["application/ecmascript", "application/ecmascript"],
  ["text/ecmascript", "text/ecmascript"],
  ["text/jscript", "text/jscript"],
  ["text/livescript", "text/livescript"],
  ["text/javascript1.2", "text/javascript1.2"],
  ["text/x-server-parsed-html", "text/x-server-parsed-html"],
  ["application/x-shockwave-flash", "application/x-shockwave-flash"],
  ["multipart/x-mixed-replace; boundary=x", "multipart/x-mixed-replace"],
  ["multipart/related", "multipart/related"],
  ["message/rfc822", "message/rfc822"],
];

const passiveClaims: Array<[claim: string, served: string]> = [
  ["image/png", "image/png"],
  ["IMAGE/JPEG", "image/jpeg"],
  ["image/webp", "image/webp"],
  ["application/pdf", "application/pdf"],
  ["video/mp4", "video/mp4"],
  ["audio/mpeg", "audio/mpeg"],
  ["text/plain", "text/plain"],
  ["text/plain;charset=UTF-8", "text/plain; charset=utf-8"],
  ["text/csv", "text/csv"],
  ["application/json", "application/json"],
  ["application/zip", "application/zip"],
  ["application/octet-stream", "application/octet-stream"],
  [
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ],
];

/** Claims that are not one media type: served as opaque bytes, and as an attachment all the same. */
const unparseableClaims = [
  "text/html, image/png",
  "image/png, text/html",
  "text/html\u0000",
  "text/ html",
  "text /html",
  "texthtml",
  "/html",
  "text/",
  "text/html/x",
  "<svg>",
  "téxt/html",
];

describe("servedContentType", () => {
  it.each(activeClaims)("serves %j as %j, only as an attachment", (claim, served) => {
    expect(servedContentType(claim)).toEqual({ contentType: served, active: true });
  });

  it.each(passiveClaims)("serves %j inline as %j", (claim, served) => {
    expect(servedContentType(claim)).toEqual({ contentType: served, active: false });
  });

  it.each(unparseableClaims)("serves the unparseable %j as opaque bytes, as an attachment", (claim) => {
    expect(servedContentType(claim)).toEqual({ contentType: "application/octet-stream", active: true });
  });

  it("serves a missing type as opaque bytes", () => {
    for (const claim of [undefined, null, "", "   ", 42]) {
      expect(servedContentType(claim)).toEqual({ contentType: "application/octet-stream", active: false });
    }
  });

  it("drops a charset that is not a token, so no header can be injected through it", () => {
    expect(servedContentType("text/plain; charset=utf-8\r\nx-evil: 1")).toEqual({
      contentType: "text/plain",
      active: false,
    });
    expect(servedContentType("text/plain; charset=")).toEqual({ contentType: "text/plain", active: false });
  });
});
