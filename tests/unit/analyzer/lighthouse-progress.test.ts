import log from "lighthouse-logger";
import { describe, expect, it } from "vitest";
import { followLighthouseProgress } from "@/src/analyzer/lighthouse/lighthouse-progress";

/** Announces work the way Lighthouse does, through its process-wide logger. */
const announce = (msg: string) => log.time({ msg, id: `test:${msg}` });

describe("followLighthouseProgress", () => {
  it("fills the bar through the load, the gathering and the audits, never going back", () => {
    const seen: string[] = [];
    const progress = followLighthouseProgress(4, (stage, value) => seen.push(`${stage} ${value}`));
    announce("Connecting to browser");
    announce("Navigating to http://site.test/");
    for (const artifact of ["Trace", "DevtoolsLog", "Accessibility", "MetaElements"])
      announce(`Getting artifact: ${artifact}`);
    progress.expectAudits(3);
    for (const audit of ["First Contentful Paint", "Document has a `<title>` element", "Uses HTTPS"])
      announce(`Auditing: ${audit}`);
    // A status Lighthouse repeats must not move the bar backwards.
    announce("Navigating to http://site.test/");
    progress.stop();
    announce("Auditing: after the run");

    expect(seen).toEqual([
      "loading 15",
      "loading 20",
      "loading 26",
      "loading 32",
      "loading 38",
      "auditing 56",
      "auditing 72",
      "auditing 88",
    ]);
  });

  it("stays within its stage when Lighthouse announces more than expected", () => {
    const seen: number[] = [];
    const progress = followLighthouseProgress(1, (_stage, value) => seen.push(value));
    for (let i = 0; i < 5; i++) announce(`Getting artifact: A${i}`);
    progress.stop();
    expect(seen).toEqual([38]);
  });
});
