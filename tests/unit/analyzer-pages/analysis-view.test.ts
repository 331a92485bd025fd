import { describe, expect, it } from "vitest";
import { toAnalysisView } from "../../../src/components/analyzer/analysis-status";
import { reportFixture } from "./report-fixture";

const base = { id: "a1", url: "https://padaria.com.br/", status: "done", progress: 100, stage: "done" } as const;

describe("toAnalysisView", () => {
  it("keeps the full report once the email was given", () => {
    const view = toAnalysisView({ ...base, result: reportFixture, emailGiven: true, screenshotUrl: "https://s/x.jpg" });
    expect(view.full).toEqual(reportFixture);
    expect(view.scores).toEqual(reportFixture.scores);
    expect(view.finalUrl).toBe(reportFixture.finalUrl);
    expect(view.screenshotUrl).toBe("https://s/x.jpg");
  });

  it("keeps only the scores before that, even if more was sent", () => {
    expect(toAnalysisView({ ...base, result: reportFixture, emailGiven: false })).toMatchObject({
      full: null,
      scores: reportFixture.scores,
    });
    expect(toAnalysisView({ ...base, result: { scores: reportFixture.scores }, emailGiven: false })).toMatchObject({
      full: null,
      scores: reportFixture.scores,
    });
  });

  it("has neither while the analysis runs", () => {
    const view = toAnalysisView({ ...base, status: "running", stage: "auditing", progress: 40, emailGiven: false });
    expect(view).toMatchObject({ scores: null, full: null, failureReason: null, finalUrl: null, progress: 40 });
  });
});
