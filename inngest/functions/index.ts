import "server-only";
import { dailyHeartbeat } from "./daily-heartbeat";

/** Every function, served to Inngest by /api/inngest and run by the local scheduler without one. */
export const functions = [dailyHeartbeat];
