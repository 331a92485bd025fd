import { describe, expect, it } from "vitest";
import { InvalidCronError, parseCron } from "@/src/jobs/cron";

const at = (iso: string) => new Date(iso);

describe("parseCron", () => {
  it("defaults to UTC and matches whole minutes", () => {
    const schedule = parseCron("30 12 * * *");
    expect(schedule.timeZone).toBe("UTC");
    expect(schedule.matches(at("2026-03-10T12:30:00Z"))).toBe(true);
    expect(schedule.matches(at("2026-03-10T12:30:59.999Z"))).toBe(true);
    expect(schedule.matches(at("2026-03-10T12:31:00Z"))).toBe(false);
    expect(schedule.matches(at("2026-03-10T13:30:00Z"))).toBe(false);
  });

  it("reads the TZ= prefix: 06:00 in São Paulo is 09:00 UTC all year, with no daylight saving", () => {
    const schedule = parseCron("TZ=America/Sao_Paulo 0 6 * * *");
    expect(schedule.timeZone).toBe("America/Sao_Paulo");
    for (const day of ["2026-01-15", "2026-07-15", "2026-11-01", "2027-02-20"]) {
      expect(schedule.matches(at(`${day}T09:00:00Z`))).toBe(true);
      expect(schedule.matches(at(`${day}T08:00:00Z`))).toBe(false);
      expect(schedule.matches(at(`${day}T10:00:00Z`))).toBe(false);
      expect(schedule.matches(at(`${day}T06:00:00Z`))).toBe(false);
    }
  });

  it("follows daylight saving where a zone has it", () => {
    const schedule = parseCron("CRON_TZ=America/New_York 0 6 * * *");
    expect(schedule.matches(at("2026-07-01T10:00:00Z"))).toBe(true);
    expect(schedule.matches(at("2026-01-15T11:00:00Z"))).toBe(true);
    expect(schedule.matches(at("2026-01-15T10:00:00Z"))).toBe(false);
  });

  it("uses the local calendar day, not the UTC one", () => {
    // 23:30 on a Monday in São Paulo is already Tuesday in UTC.
    const schedule = parseCron("TZ=America/Sao_Paulo 30 23 * * MON");
    expect(schedule.matches(at("2026-03-10T02:30:00Z"))).toBe(true);
    expect(schedule.matches(at("2026-03-09T23:30:00Z"))).toBe(false);
  });

  it("supports steps, ranges, ranges with steps, start/step and lists", () => {
    const minutes = (expr: string) =>
      Array.from({ length: 60 }, (_, m) => m).filter((m) =>
        parseCron(`${expr} * * * *`).matches(new Date(Date.UTC(2026, 0, 1, 0, m))),
      );
    expect(minutes("*/15")).toEqual([0, 15, 30, 45]);
    expect(minutes("10-13")).toEqual([10, 11, 12, 13]);
    expect(minutes("0-30/10")).toEqual([0, 10, 20, 30]);
    expect(minutes("50/3")).toEqual([50, 53, 56, 59]);
    expect(minutes("1,2,40-41,*/30")).toEqual([0, 1, 2, 30, 40, 41]);
  });

  it("supports month and weekday names, and 7 as Sunday", () => {
    const schedule = parseCron("0 0 * jan-mar SUN");
    expect(schedule.matches(at("2026-02-01T00:00:00Z"))).toBe(true); // a Sunday in February
    expect(schedule.matches(at("2026-02-02T00:00:00Z"))).toBe(false); // Monday
    expect(schedule.matches(at("2026-04-05T00:00:00Z"))).toBe(false); // Sunday in April
    expect(parseCron("0 0 * * 7").matches(at("2026-02-01T00:00:00Z"))).toBe(true);
    expect(parseCron("0 0 * * 5-7").matches(at("2026-02-01T00:00:00Z"))).toBe(true);
  });

  it("matches either day field when both are restricted, both otherwise", () => {
    const either = parseCron("0 0 1 * MON");
    expect(either.matches(at("2026-06-01T00:00:00Z"))).toBe(true); // the 1st (a Monday too)
    expect(either.matches(at("2026-07-01T00:00:00Z"))).toBe(true); // the 1st, a Wednesday
    expect(either.matches(at("2026-07-06T00:00:00Z"))).toBe(true); // a Monday
    expect(either.matches(at("2026-07-07T00:00:00Z"))).toBe(false);
    const stepped = parseCron("0 0 */2 * MON");
    expect(stepped.matches(at("2026-07-06T00:00:00Z"))).toBe(false); // Monday the 6th: not an odd day
    expect(stepped.matches(at("2026-07-13T00:00:00Z"))).toBe(true); // Monday the 13th
    expect(parseCron("0 0 ? * MON").matches(at("2026-07-06T00:00:00Z"))).toBe(true);
  });

  it.each([
    ["", "no fields"],
    ["* * * *", "four fields"],
    ["0 * * * * *", "six fields (seconds are not supported)"],
    ["60 * * * *", "minute out of range"],
    ["* 24 * * *", "hour out of range"],
    ["* * 0 * *", "day of month out of range"],
    ["* * * 13 *", "month out of range"],
    ["* * * * 8", "weekday out of range"],
    ["*/0 * * * *", "zero step"],
    ["*/x * * * *", "non-numeric step"],
    ["1/2/3 * * * *", "two steps"],
    ["5-1 * * * *", "backwards range"],
    ["1-2-3 * * * *", "malformed range"],
    ["1,,2 * * * *", "empty list item"],
    ["? * * * *", "? outside the day fields"],
    ["* * * FOO *", "unknown name"],
    ["-1 * * * *", "negative value"],
    ["TZ=Mars/Olympus 0 6 * * *", "unknown time zone"],
    ["TZ=America/Sao_Paulo", "time zone without fields"],
  ])("rejects %j (%s)", (expression) => {
    expect(() => parseCron(expression)).toThrow(InvalidCronError);
  });
});
