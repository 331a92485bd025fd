import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../src/i18n/format-message";

describe("formatMessage", () => {
  it("fills named placeholders", () => {
    expect(formatMessage("Sent to {email} ({count})", { email: "a@b.co", count: 2 })).toBe("Sent to a@b.co (2)");
  });

  it("leaves unknown placeholders visible", () => {
    expect(formatMessage("Hello {name}", {})).toBe("Hello {name}");
  });
});
