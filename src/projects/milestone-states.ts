import type { Milestone } from "./queries/get-project-timeline";

export type MilestoneState = "done" | "overdue" | "upcoming";

export interface TimelineEntry extends Milestone {
  state: MilestoneState;
  /** The first milestone not completed yet: what the agency works on now. */
  isNext: boolean;
}

/** Each milestone's state on `today` (the organization's "YYYY-MM-DD"), and which one comes next. */
export function milestoneStates(milestones: Milestone[], today: string): TimelineEntry[] {
  const next = milestones.find((m) => m.completedAt === null);
  return milestones.map((m) => ({
    ...m,
    state: m.completedAt !== null ? "done" : m.dueDate !== null && m.dueDate < today ? "overdue" : "upcoming",
    isNext: m === next,
  }));
}
