import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatDuration,
  formatMetric,
  reportHost,
} from "../../../src/components/analyzer/format-report-values";
import { formatRetryTime } from "../../../src/components/analyzer/format-retry-time";

describe("report values", () => {
  it("shows durations like Lighthouse, in the reader's number format", () => {
    expect(formatDuration(4630, "pt-BR")).toBe("4,6 s");
    expect(formatDuration(4630, "en")).toBe("4.6 s");
    expect(formatDuration(180.4, "en")).toBe("180 ms");
    expect(formatMetric("tbt", 1234, "pt-BR")).toBe("1.234 ms");
    expect(formatMetric("tbt", 1234, "en")).toBe("1,234 ms");
    expect(formatMetric("cls", 0.1234, "pt-BR")).toBe("0,123");
  });

  it("shows page weight in kB or MB", () => {
    expect(formatBytes(2_450_000, "pt-BR")).toMatch(/^2,5\sMB$/);
    expect(formatBytes(348_000, "en")).toMatch(/^348\skB$/);
    expect(formatBytes(512, "en")).toMatch(/^512\sbyte/);
  });

  it("names a report by its host, without www.", () => {
    expect(reportHost("https://www.padaria.com.br/inicio?x=1")).toBe("padaria.com.br");
    expect(reportHost("http://127.0.0.1:4173/")).toBe("127.0.0.1");
    expect(reportHost("not a url")).toBe("not a url");
  });

  it("says when a rate limit lifts, with the weekday when that is not today", () => {
    const now = new Date(2026, 10, 23, 10, 0);
    expect(formatRetryTime(90 * 60, "pt-BR", now)).toBe("11:30");
    expect(formatRetryTime(20 * 3600, "en", now)).toMatch(/^Tuesday.*06:00 AM$/);
  });
});
