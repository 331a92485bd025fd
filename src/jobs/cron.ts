import { zonedFields } from "./zoned-time";

/**
 * Five-field cron as Inngest accepts it: `[TZ=Area/City ]minute hour day-of-month month day-of-week`, with
 * `*`, `?` (day fields), values, names (JAN–DEC, SUN–SAT), ranges `a-b`, steps `*\/n` `a-b/n` `a/n` and
 * lists. Without a `TZ=` prefix the schedule is in UTC, as on Inngest.
 */
export interface CronSchedule {
  readonly expression: string;
  readonly timeZone: string;
  /** Whether the minute containing `instant` is one of the schedule's slots. */
  matches(instant: Date): boolean;
}

export class InvalidCronError extends Error {
  constructor(expression: string, reason: string) {
    super(`Invalid cron "${expression}": ${reason}`);
    this.name = "InvalidCronError";
  }
}

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** `?` means "any" only in the two day fields. */
  allowsQuestionMark?: boolean;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

const FIELDS: readonly FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31, allowsQuestionMark: true },
  { name: "month", min: 1, max: 12, names: MONTHS },
  // 7 is accepted as Sunday, as most crons do.
  { name: "day of week", min: 0, max: 7, names: DAYS, allowsQuestionMark: true },
];

interface Field {
  values: Set<number>;
  /** A field written as `*` or `?` (with or without a step); matters for the day-of-month/day-of-week rule. */
  wildcard: boolean;
}

function parseValue(token: string, spec: FieldSpec, fail: (reason: string) => never): number {
  const nameIndex = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  if (nameIndex >= 0) return spec.min + nameIndex;
  if (!/^\d+$/.test(token)) fail(`"${token}" is not a valid ${spec.name}`);
  const value = Number(token);
  if (value < spec.min || value > spec.max) fail(`${spec.name} ${value} is outside ${spec.min}-${spec.max}`);
  return value;
}

function parseField(text: string, spec: FieldSpec, fail: (reason: string) => never): Field {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [base = "", stepText, ...extra] = part.split("/");
    if (extra.length > 0) fail(`"${part}" has more than one step`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
        fail(`step "${stepText}" in ${spec.name} must be a positive integer`);
      step = Number(stepText);
    }
    let start: number;
    let end: number;
    if (base === "*" || (base === "?" && spec.allowsQuestionMark)) {
      [start, end] = [spec.min, spec.max];
    } else if (base.includes("-")) {
      const [from = "", to = "", ...rest] = base.split("-");
      if (rest.length > 0) fail(`"${base}" is not a valid range`);
      start = parseValue(from, spec, fail);
      end = parseValue(to, spec, fail);
      if (start > end) fail(`range "${base}" in ${spec.name} runs backwards`);
    } else {
      start = parseValue(base, spec, fail);
      // `a/n` means from a to the end of the field, every n.
      end = stepText === undefined ? start : spec.max;
    }
    for (let v = start; v <= end; v += step) values.add(v);
  }
  return { values, wildcard: text.startsWith("*") || text.startsWith("?") };
}

export function parseCron(expression: string): CronSchedule {
  const fail = (reason: string): never => {
    throw new InvalidCronError(expression, reason);
  };
  let timeZone = "UTC";
  let body = expression.trim();
  const tz = /^(?:CRON_)?TZ=(\S+)\s+(.*)$/.exec(body);
  if (tz) {
    timeZone = tz[1] ?? fail("missing time zone");
    body = tz[2] ?? "";
    try {
      zonedFields(new Date(0), timeZone);
    } catch {
      fail(`unknown time zone "${timeZone}"`);
    }
  }
  const texts = body.split(/\s+/).filter(Boolean);
  if (texts.length !== FIELDS.length) fail(`expected ${FIELDS.length} fields, got ${texts.length}`);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = FIELDS.map((spec, i) =>
    parseField(texts[i] ?? "", spec, fail),
  ) as [Field, Field, Field, Field, Field];
  if (dayOfWeek.values.delete(7)) dayOfWeek.values.add(0);

  return {
    expression,
    timeZone,
    matches(instant) {
      const t = zonedFields(instant, timeZone);
      if (!minute.values.has(t.minute) || !hour.values.has(t.hour) || !month.values.has(t.month)) return false;
      const domMatch = dayOfMonth.values.has(t.day);
      const dowMatch = dayOfWeek.values.has(t.weekday);
      // Classic cron rule: when both day fields are restricted, either one may match.
      return dayOfMonth.wildcard || dayOfWeek.wildcard ? domMatch && dowMatch : domMatch || dowMatch;
    },
  };
}
