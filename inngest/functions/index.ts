import "server-only";
import { analyzeUrl } from "./analyze-url";
import { dailyHeartbeat } from "./daily-heartbeat";
import { exportLeadToCrm } from "./export-lead-to-crm";
import { failInterruptedWork } from "./fail-interrupted-work";
import { nurtureLeads } from "./nurture-leads";
import { reconcileSubscriptionsJob } from "./reconcile-subscriptions";
import { removeOrphanFiles } from "./remove-orphan-files";
import { sendQueuedEmails } from "./send-queued-emails";

/** Every function, served to Inngest by /api/inngest and run by the local scheduler without one. */
export const functions = [
  dailyHeartbeat,
  removeOrphanFiles,
  sendQueuedEmails,
  nurtureLeads,
  exportLeadToCrm,
  analyzeUrl,
  failInterruptedWork,
  reconcileSubscriptionsJob,
];
