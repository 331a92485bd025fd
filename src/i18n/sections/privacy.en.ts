import type { privacyPtBR } from "./privacy.pt-BR";

/** LGPD rights: data exports, account deletion and the public privacy page. */
export const privacyEn: typeof privacyPtBR = {
  nav: "Privacy",
  account: {
    title: "Privacy and data",
    description: "Download a copy of your personal data or delete your account (LGPD, art. 18).",
  },
  organization: {
    title: "Export the organization's data",
    description:
      "A copy of everything the organization keeps in Arco: tables as JSON and CSV and the uploaded files, in one zip.",
    ownerOnly: "Only owners export the organization's data.",
    settingsCard: {
      title: "Data and privacy",
      body: "Export all of the organization's data as a zip file.",
      open: "Export data",
    },
  },
  exports: {
    title: "Exports",
    accountIntro:
      "We gather your profile, memberships, the tickets and messages you wrote, the files you uploaded and the audit log of your actions. We email you the link when it is ready; it works for 7 days.",
    organizationIntro:
      "We gather every table of the organization and its stored files (files, attachments and reports). We email you the link when it is ready; it works for 7 days.",
    request: "Request an export",
    requested: "Export requested. We will email you when it is ready.",
    running: "An export is already in progress. Wait for it to finish.",
    rateLimited: "You reached the limit of 5 exports a day. Try again tomorrow.",
    emptyTitle: "No exports yet",
    emptyBody: "Request an export to get a copy of the data.",
    requestedAt: "Requested on {date}",
    expiresAt: "Available until {date}",
    download: "Download zip",
    size: "{size}",
    progress: "Export progress",
    statuses: {
      queued: "Queued",
      building: "Building",
      ready: "Ready",
      failed: "Failed",
      expired: "Expired",
    },
    notes: {
      queued: "Starting in a moment.",
      building: "We are gathering the data and files.",
      failed: "It could not be finished. Request it again.",
      expired: "The link expired after 7 days. Request a new export.",
    },
  },
  deletion: {
    title: "Delete your account",
    intro:
      "Deletion happens 30 days after you ask; until then you can cancel here. We then erase your profile, memberships and sessions. What the law or the organizations must keep stays without your name: messages and tickets you wrote remain with the organization without an author, invoices remain with the organization, and the audit log keeps only an id that no longer leads to you.",
    soleOwner:
      "You are the only owner of an organization. Transfer ownership to someone else (Team) or delete the organization (Settings) before deleting your account.",
    confirm: "Type your email address ({email}) to confirm",
    submit: "Delete my account in 30 days",
    mismatch: "The email you typed is not your account's.",
    pending: "Your account will be deleted on {date}.",
    pendingBody: "We sent you a confirmation email. Changed your mind? Cancel before that date.",
    cancel: "Cancel the deletion",
    cancelled: "Deletion cancelled. Your account stays active.",
  },
  exportEmail: {
    subject: "The data export of {subject} is ready",
    preview: "Download the file by {expires}.",
    heading: "Your data export is ready",
    intro: "The zip file with the data of {subject} is ready. The link works until {expires}.",
    action: "Download the data",
    fallback: "If the button does not work, paste this address into your browser:",
    footer: "You received this email because you requested the export on Arco. Do not forward this link.",
    yourAccount: "your account",
  },
  deletionEmail: {
    subject: "Your Arco account will be deleted on {date}",
    preview: "Changed your mind? Cancel before {date}.",
    heading: "We received the request to delete your account",
    intro: "Your account will be deleted on {date}. Until then, you can cancel on your account's privacy page.",
    action: "Cancel the deletion",
    fallback: "If the button does not work, paste this address into your browser:",
    footer: "If you did not ask for this, sign in and cancel the deletion, and change your password.",
  },
  page: {
    title: "Privacy policy",
    description: "How Arco handles personal data, under Brazil's General Data Protection Law (LGPD).",
    updated: "Updated December 2026.",
    controllerTitle: "Who handles the data",
    controllerBody:
      "The agency behind Arco is the controller of the data of the free analyzer's visitors and of the accounts; for the data clients keep in their organizations, the agency acts as processor, following each client's instructions.",
    dataTitle: "Data we keep",
    data: [
      "Account: email, name, language, sign-in methods, authentication factors and sessions.",
      "Organizations: projects, domains, tickets and messages, files, performance and uptime metrics, campaigns, reports and the audit log.",
      "Billing: the customer and subscription at Stripe; Arco keeps no card data.",
      "Free analyzer: the analyzed address and its report; if you leave your email, the lead with the time and wording of the consent.",
      "Technical records: (hashed) IP addresses and times of analyses, to limit abuse.",
    ],
    retentionTitle: "For how long",
    retention: [
      "Account: while active; after a deletion request, 30 days of grace and then erasure.",
      "Leads without marketing consent: 12 months, then deleted automatically.",
      "Leads with consent: until they unsubscribe; the record of consent and unsubscription is kept as proof.",
      "Data exports: 7 days, then the file is removed.",
      "Invoices and billing records: as long as tax law requires.",
      "Audit log: kept without identifying the person once the account is deleted.",
    ],
    processorsTitle: "Processors (sub-processors)",
    processorsIntro: "Services that handle data on the agency's behalf so Arco can work:",
    processors: [
      ["Supabase", "Database, authentication and file storage."],
      ["Stripe", "Payments and subscriptions."],
      ["Resend", "Email delivery."],
      ["OpenAI", "Semantic search and AI insights (only for organizations that use them)."],
      ["Inngest", "Scheduled and background jobs."],
      ["HubSpot", "The agency's CRM, for leads who gave consent (when configured)."],
      ["Cloudflare Turnstile or hCaptcha", "The free analyzer's bot check (when configured)."],
    ] as [string, string][],
    rightsTitle: "Your rights",
    rightsBody:
      "You may confirm and access your data, correct it, take it to another service, withdraw consent and ask for deletion (LGPD, art. 18).",
    rightsExport: "Download my data",
    rightsDelete: "Delete my account",
    rightsOrganization:
      "Owners export the organization's data under Settings → Data and privacy, and delete the organization once its subscription is cancelled.",
    rightsUnsubscribe: "Marketing emails carry an unsubscribe link.",
    contactTitle: "Contact",
    contactBody: "Privacy questions: open a ticket in the dashboard or reply to any Arco email.",
  },
  footerLink: "Privacy",
  signUpNotice: "By creating an account, you agree to our {link}.",
  signUpNoticeLink: "privacy policy",
};
