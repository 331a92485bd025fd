import "server-only";
import { composeDomainExpiryEmail } from "@/src/domains/checks/compose-domain-expiry-email";
import { composePastDueEmail } from "@/src/billing/emails/compose-past-due-email";
import { composeLeadEmail } from "@/src/leads/compose-lead-email";
import { composeRegressionEmail } from "@/src/performance/emails/compose-regression-email";
import { composeAccountDeletionEmail } from "@/src/privacy/deletion/compose-account-deletion-email";
import { composeDataExportEmail } from "@/src/privacy/exports/compose-data-export-email";
import { composeReportReadyEmail } from "@/src/reports/monthly/compose-report-ready-email";
import { composeInvitationEmail } from "@/src/team/compose-invitation-email";
import { composeNewTicketEmail } from "@/src/tickets/emails/compose-new-ticket-email";
import { composeTicketReplyEmail } from "@/src/tickets/emails/compose-ticket-reply-email";
import { composeTicketResolvedEmail } from "@/src/tickets/emails/compose-ticket-resolved-email";
import { composeSlaEmail } from "@/src/tickets/sla/compose-sla-email";
import { composeUsageWarningEmail } from "@/src/usage/periods/compose-usage-warning-email";
import { composeIncidentEmail } from "@/src/uptime/emails/compose-incident-email";
import { EmailError } from "../email-error";
import type { ComposedEmail, OutboxEmail } from "./outbox-email";

/** Each outbox template and what turns its row into a message at send time. */
const composers: Record<string, (email: OutboxEmail) => Promise<ComposedEmail>> = {
  "lead-welcome": composeLeadEmail,
  "lead-nurture": composeLeadEmail,
  invitation: composeInvitationEmail,
  "ticket-reply": composeTicketReplyEmail,
  "ticket-resolved": composeTicketResolvedEmail,
  "ticket-new": composeNewTicketEmail,
  "uptime-incident-opened": composeIncidentEmail,
  "uptime-incident-resolved": composeIncidentEmail,
  "ticket-sla-due": composeSlaEmail,
  "ticket-sla-breached": composeSlaEmail,
  "usage-warning": composeUsageWarningEmail,
  "domain-expiry": composeDomainExpiryEmail,
  "report-ready": composeReportReadyEmail,
  "billing-past-due": composePastDueEmail,
  "performance-regression": composeRegressionEmail,
  "data-export-ready": composeDataExportEmail,
  "account-deletion-requested": composeAccountDeletionEmail,
};

export async function composeOutboxEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const compose = composers[email.template];
  if (!compose) throw new EmailError("invalid_message", `No composer for the email template "${email.template}"`);
  return compose(email);
}
