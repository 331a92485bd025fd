import { idleState, type ActionState } from "@/src/actions/action-state";

/** What a form's server action answered, or where it sent the browser (Next's redirect() throws it). */
export type Outcome = ActionState<unknown> | { redirect: string };

type FormAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<unknown>>;

/** Posts `fields` to a server action as its form would; a list is a repeated field. */
export async function submit(action: unknown, fields: Record<string, string | string[]>): Promise<Outcome> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  }
  try {
    return await (action as FormAction)(idleState as ActionState<never>, formData);
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest);
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

export function dataOf<T>(outcome: Outcome): T {
  if ("redirect" in outcome || outcome.status !== "success")
    throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome.data as T;
}

export function errorOf(outcome: Outcome) {
  if ("redirect" in outcome || outcome.status !== "error")
    throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}
