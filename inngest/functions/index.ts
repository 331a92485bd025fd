import "server-only";
import { dailyHeartbeat } from "./daily-heartbeat";
import { removeOrphanFiles } from "./remove-orphan-files";

/** Every function, served to Inngest by /api/inngest and run by the local scheduler without one. */
export const functions = [dailyHeartbeat, removeOrphanFiles];
