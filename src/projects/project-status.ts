import type { Tone } from "@/src/components/ui/status-badge";
import { projectStatuses } from "@/src/db/schema/projects";

export { projectStatuses };
export type ProjectStatus = (typeof projectStatuses)[number];

/** Work in progress reads as information, review asks for the client's attention, a live site is done. */
export const projectStatusTone: Record<ProjectStatus, Tone> = {
  discovery: "neutral",
  design: "info",
  development: "info",
  review: "warning",
  launched: "success",
  maintenance: "success",
};

/** Stages after which a missed due date no longer matters: the project is live. */
export const isProjectLive = (status: ProjectStatus) => status === "launched" || status === "maintenance";
