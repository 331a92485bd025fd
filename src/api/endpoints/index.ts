import "server-only";
import { createTicketEndpoint } from "./create-ticket";
import { getProjectEndpoint } from "./get-project";
import { getTicketEndpoint } from "./get-ticket";
import { listCampaignsEndpoint } from "./list-campaigns";
import { listDomainsEndpoint } from "./list-domains";
import { listIncidentsEndpoint } from "./list-incidents";
import { listPerformanceMetricsEndpoint } from "./list-performance-metrics";
import { listProjectsEndpoint } from "./list-projects";
import { listReportsEndpoint } from "./list-reports";
import { listTicketsEndpoint } from "./list-tickets";
import { listUptimeChecksEndpoint } from "./list-uptime-checks";

/** Every operation of the public API, in the order the reference presents them. */
export const apiEndpoints = [
  listProjectsEndpoint,
  getProjectEndpoint,
  listDomainsEndpoint,
  listPerformanceMetricsEndpoint,
  listUptimeChecksEndpoint,
  listIncidentsEndpoint,
  listCampaignsEndpoint,
  listReportsEndpoint,
  listTicketsEndpoint,
  getTicketEndpoint,
  createTicketEndpoint,
];
