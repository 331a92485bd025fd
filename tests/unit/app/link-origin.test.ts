import { describe, expect, it } from "vitest";
import { callbackUrl } from "../../../src/auth/callback-url";
import { linkOrigin } from "../../../src/auth/link-origin";

describe("linkOrigin", () => {
  it.each([
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["http://localhost:3000", "http://127.0.0.1:3000", "http://localhost:3000"],
    ["https://arco.example", "https://arco.example", "https://arco.example"],
  ])("keeps the browser's origin %s when it is the app's (%s)", (origin, appUrl, expected) => {
    expect(linkOrigin(origin, appUrl)).toBe(expected);
  });

  it.each([
    [null, "https://arco.example"],
    ["", "https://arco.example"],
    ["null", "https://arco.example"],
    ["https://evil.example", "https://arco.example"],
    ["https://arco.example.evil.example", "https://arco.example"],
    ["http://arco.example", "https://arco.example"],
    ["https://arco.example:8443", "https://arco.example"],
    ["javascript://arco.example", "https://arco.example"],
    ["http://localhost:4000", "http://127.0.0.1:3000"],
    ["http://evil.localhost:3000", "http://127.0.0.1:3000"],
    ["http://localhost:3000", "https://arco.example"],
  ])("falls back to the app's URL for the Origin %j", (origin, appUrl) => {
    expect(linkOrigin(origin, appUrl)).toBe(new URL(appUrl).origin);
  });
});

describe("callbackUrl", () => {
  it("carries a vetted destination", () => {
    expect(callbackUrl("https://arco.example", "/app/moda")).toBe(
      "https://arco.example/auth/callback?next=%2Fapp%2Fmoda",
    );
    expect(new URL(callbackUrl("https://arco.example", "/.//evil.example")).searchParams.get("next")).toBe("/app");
  });
});
