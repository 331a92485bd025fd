/** What a pgTAP run reported: its plan, how many tests ran, and every problem worth failing for. */
export interface TapReport {
  planned: number | null;
  ran: number;
  problems: string[];
}

/**
 * Reads the TAP that pgTAP's functions return as text (one value may hold several lines: a failing test is
 * followed by `#` diagnostics). A failure is reported with its description and diagnostics; a missing plan or
 * a count that differs from it is a problem too, since a file that stops early must not pass.
 */
export function parseTap(values: string[]): TapReport {
  let planned: number | null = null;
  let ran = 0;
  const problems: string[] = [];
  let inFailure = false;
  for (const line of values.flatMap((value) => value.split("\n"))) {
    const plan = /^1\.\.(\d+)/.exec(line);
    const result = /^(not )?ok (\d+)(?: - (.*))?$/.exec(line);
    if (plan) {
      planned = Number(plan[1]);
    } else if (result) {
      ran++;
      const todo = /# TODO/.test(result[3] ?? "");
      inFailure = result[1] !== undefined && !todo;
      if (inFailure) problems.push(`not ok ${result[2]} - ${result[3] ?? "(no description)"}`);
    } else if (inFailure && line.startsWith("#")) {
      problems[problems.length - 1] += `\n  ${line}`;
    }
  }
  if (planned === null) problems.push("no plan: the file must start with `select plan(n)`");
  else if (planned !== ran) problems.push(`planned ${planned} tests but ran ${ran}`);
  return { planned, ran, problems };
}
