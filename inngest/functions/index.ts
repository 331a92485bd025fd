import "server-only";
import { analyzeUrl } from "./analyze-url";
import { buildDataExportFunction } from "./build-data-export";
import { checkDomainBatch } from "./check-domain-batch";
import { checkDomainsFunction } from "./check-domains";
import { checkMonitorsFunction } from "./check-monitors";
import { checkTicketSla } from "./check-ticket-sla";
import { checkUptime } from "./check-uptime";
import { closeOrganizationPeriod } from "./close-organization-period";
import { closeUsagePeriod } from "./close-usage-period";
import { generateInsightFunction, generatePriorityInsightFunction } from "./generate-insights";
import { generateMonthlyReports } from "./generate-monthly-reports";
import { measureDomainPerformance } from "./measure-domain-performance";
import { measurePerformance } from "./measure-performance";
import { dailyHeartbeat } from "./daily-heartbeat";
import { deleteStaleLeadsFunction } from "./delete-stale-leads";
import { embedDocuments } from "./embed-documents";
import { eraseDeletedAccounts } from "./erase-deleted-accounts";
import { expireDataExportsFunction } from "./expire-data-exports";
import { exportLeadToCrm } from "./export-lead-to-crm";
import { failInterruptedWork } from "./fail-interrupted-work";
import { nurtureLeads } from "./nurture-leads";
import { reconcileSubscriptionsJob } from "./reconcile-subscriptions";
import { removeOrphanFiles } from "./remove-orphan-files";
import { resealSecrets } from "./reseal-secrets";
import { sendQueuedEmails } from "./send-queued-emails";
import { syncAdAccountFunction } from "./sync-ad-account";
import { syncCampaigns } from "./sync-campaigns";
import { syncTrafficSourceFunction } from "./sync-traffic-source";
import { trackNetworkUsage } from "./track-network-usage";

/** Every function, served to Inngest by /api/inngest and run by the local scheduler without one. */
export const functions = [
  dailyHeartbeat,
  removeOrphanFiles,
  sendQueuedEmails,
  nurtureLeads,
  exportLeadToCrm,
  analyzeUrl,
  failInterruptedWork,
  checkUptime,
  checkMonitorsFunction,
  checkTicketSla,
  closeUsagePeriod,
  closeOrganizationPeriod,
  checkDomainsFunction,
  checkDomainBatch,
  generateMonthlyReports,
  measurePerformance,
  measureDomainPerformance,
  embedDocuments,
  reconcileSubscriptionsJob,
  buildDataExportFunction,
  expireDataExportsFunction,
  eraseDeletedAccounts,
  deleteStaleLeadsFunction,
  generateInsightFunction,
  generatePriorityInsightFunction,
  resealSecrets,
  syncCampaigns,
  syncAdAccountFunction,
  trackNetworkUsage,
  syncTrafficSourceFunction,
];
