import type { Dictionary } from "./dictionary";
import { analyzerPagesEn } from "./sections/analyzer-pages.en";
import { analysisFailuresEn } from "./sections/analysis-failures.en";
import { analyzerApiEn } from "./sections/analyzer-api.en";
import { unsubscribeEn } from "./sections/unsubscribe.en";
import { captchaEn } from "./sections/captcha.en";
import { workspaceEn } from "./sections/workspace.en";
import { overviewEn } from "./sections/overview.en";
import { projectsEn } from "./sections/projects.en";
import { domainsEn } from "./sections/domains.en";
import { infrastructureEn } from "./sections/infrastructure.en";
import { performanceEn } from "./sections/performance.en";
import { uptimeEn } from "./sections/uptime.en";
import { campaignsEn } from "./sections/campaigns.en";
import { reportsEn } from "./sections/reports.en";
import { billingEn } from "./sections/billing.en";
import { ticketsEn } from "./sections/tickets.en";
import { teamEn } from "./sections/team.en";
import { settingsEn } from "./sections/settings.en";
import { filesEn } from "./sections/files.en";
import { securityEn } from "./sections/security.en";
import { monitoringEn } from "./sections/monitoring.en";
import { publicApiEn } from "./sections/public-api.en";
import { apiKeysEn } from "./sections/api-keys.en";
import { insightsEn } from "./sections/insights.en";
import { searchEn } from "./sections/search.en";
import { privacyEn } from "./sections/privacy.en";
import { agencyEn } from "./sections/agency.en";
import { connectionsEn } from "./sections/connections.en";

export const en: Dictionary = {
  meta: {
    title: "Arco — your company's digital operations",
    description:
      "The agency's client dashboard: projects, domains, support tickets, site performance and monthly reports in one place.",
  },
  common: {
    appName: "Arco",
    skipToContent: "Skip to content",
    language: "Language",
    languageNames: { "pt-BR": "Português", en: "English" },
    signIn: "Sign in",
    signUp: "Create account",
    signOut: "Sign out",
    email: "Email",
    password: "Password",
    loading: "Please wait…",
    or: "or",
    backToHome: "Back to home",
    homeLink: "Arco, home page",
  },
  marketing: {
    navLabel: "Main",
    openDashboard: "Open dashboard",
    hero: {
      eyebrow: "For the agency's clients",
      title: "Everything that keeps your site running, in one dashboard.",
      subtitle:
        "Arco brings together your projects, domains, hosting, support tickets, performance and monthly reports. Follow the agency's work transparently and talk to the team without losing the history.",
      primaryCta: "Create account",
      secondaryCta: "I'm already a client",
    },
    features: {
      heading: "What you follow in Arco",
      dashboard: {
        title: "Dashboard",
        body: "Status of projects, domains, SSL and hosting, with alerts before anything expires.",
      },
      tickets: {
        title: "Tickets",
        body: "Open support requests, track your plan's response time and see what has been done.",
      },
      performance: {
        title: "Performance",
        body: "Lighthouse and Core Web Vitals history for your site, measured regularly.",
      },
      reports: {
        title: "Reports",
        body: "A monthly PDF report with what changed, what was delivered and the next steps.",
      },
    },
    analyzer: {
      title: "Curious how your site is doing right now?",
      body: "Run a free analysis: enter the address and get a performance, accessibility and SEO report.",
      cta: "Analyze my site for free",
    },
    footer: "Arco is the agency's operations platform for its clients.",
  },
  auth: {
    signIn: {
      title: "Sign in to Arco",
      subtitle: "Choose how you'd like to sign in.",
      noAccount: "Don't have an account?",
      methodsLabel: "Sign-in method",
      tabs: { magicLink: "Magic link", code: "Code", password: "Password" },
      magicLinkHint: "Get a link by email that signs you straight in, no password needed.",
      magicLinkSubmit: "Send sign-in link",
      codeHint: "Get a 6-digit code by email to type in here.",
      codeRequest: "Send code",
      codeLabel: "6-digit code",
      codeFieldHint: "Check the inbox (and spam folder) of {email}.",
      codeSubmit: "Sign in with code",
      useAnotherEmail: "Use another email",
      passwordSubmit: "Sign in",
      forgotPassword: "Forgot your password?",
      providersLabel: "Other ways to sign in",
      google: "Continue with Google",
      github: "Continue with GitHub",
      sso: "Continue with SSO",
      ssoHint: "For companies with single sign-on (SAML). Enter your work email.",
      ssoEmail: "Work email",
      ssoSubmit: "Continue",
    },
    signUp: {
      title: "Create your account",
      subtitle: "Follow your projects with the agency in one place.",
      haveAccount: "Already have an account?",
      methodsLabel: "Sign-up method",
      tabs: { password: "With password", magicLink: "Email only" },
      fullName: "Full name",
      optional: "optional",
      passwordHint: "At least 8 characters.",
      passwordSubmit: "Create account",
      magicLinkHint: "No password: we'll email you a link and a code to confirm your address.",
      magicLinkSubmit: "Send sign-up link",
      providersLabel: "Other ways to sign up",
    },
    sent: {
      title: "Check your email",
      linkAndCode: "We sent a link and a 6-digit code to {email}. Open the link in this browser or use the code.",
      confirm: "We sent a confirmation link to {email}. Open it in this browser to activate your account.",
      reset: "If there is an account for {email}, we sent it a link to choose a new password.",
    },
    forgot: {
      title: "Reset your password",
      subtitle: "Enter your account's email and we'll send you a link to choose a new password.",
      submit: "Send link",
      back: "Back to sign in",
    },
    confirm: {
      title: "Sign in with your email link",
      subtitle: "You are about to sign in through a link that was emailed to you.",
      notice: "Nothing happens until you press the button, so an email scanner opening this page cannot use your link.",
      submit: "Continue",
      signedInAs: "You are now signed in as {email}.",
      notRequested:
        "This link was not requested from this browser. If you did not expect to use this account, sign out.",
      continueAs: "Continue as {email}",
      backToSignIn: "Back to sign in",
    },
    reset: {
      title: "Choose a new password",
      subtitle: "Choose a new password for {email}.",
      newPassword: "New password",
      confirmPassword: "Confirm the new password",
      submit: "Save new password",
      done: "Password updated.",
      toDashboard: "Go to the dashboard",
    },
  },
  shell: {
    mainNavLabel: "Sections",
    upcomingNote: "In upcoming releases",
    userMenu: "Account menu",
    signedInAs: "Signed in as",
    adminLink: "Agency area",
    clientLink: "Client dashboard",
  },
  app: {
    title: "Dashboard",
    nav: {
      overview: "Overview",
      projects: "Projects",
      domains: "Domains",
      hosting: "Hosting",
      files: "Files",
      tickets: "Tickets",
      performance: "Performance",
      uptime: "Uptime",
      campaigns: "Campaigns",
      reports: "Reports",
      team: "Team",
      billing: "Billing",
      settings: "Settings",
    },
    welcome: {
      title: "Welcome to Arco",
      titleWithName: "Welcome, {name}",
      signedInAs: "You are signed in as {email}.",
      body: "This is your client dashboard. Your account is active and access is secure.",
    },
  },
  admin: {
    title: "Agency area",
    nav: {
      overview: "Overview",
      clients: "Clients",
      tickets: "Ticket queue",
      leads: "Leads",
      revenue: "Revenue",
      auditLog: "Audit log",
      jobs: "Jobs",
      staff: "Staff",
      search: "Search",
    },
    roles: { admin: "admin", developer: "developer" },
  },
  errors: {
    invalid_input: "Please review the highlighted fields.",
    invalid_credentials: "Incorrect email or password.",
    email_not_confirmed: "Please confirm your email before signing in. Look for the message we sent you.",
    code_invalid: "Invalid or expired code. Request a new one.",
    rate_limited: "Too many attempts in a short time. Wait a minute and try again.",
    weak_password: "That password is too weak. Use at least 8 characters, mixing letters and numbers.",
    same_password: "The new password must be different from the current one.",
    email_taken: "An account with this email already exists. Sign in or reset your password.",
    sso_not_configured: "Single sign-on is not set up for that domain.",
    provider_disabled: "That sign-in method is turned off.",
    session_expired: "Your session has expired. Please sign in again.",
    link_invalid: "That link is invalid or has expired. Request a new one.",
    auth_unavailable: "The sign-in service did not respond. Try again in a moment.",
    captcha_failed: "Confirm that you are not a robot and send again.",
    unexpected: "Something went wrong on our side. Please try again.",
    not_found: "We couldn't find what you were looking for. It may have been removed, or you don't have access.",
    forbidden: "You don't have permission to do this. Ask an administrator of the organization.",
    conflict: "This already exists. Use another name or address.",
    tier_limit_exceeded: "You've reached your plan's limit. Upgrade to continue.",
    read_only_impersonation: "You're viewing as this client in read-only mode: nothing can be changed.",
    ticket_closed: "This ticket is resolved or closed. Reopen it to reply.",
    reopen_expired: "This ticket was resolved more than 14 days ago and can no longer be reopened. Open a new ticket.",
    already_member: "This person is already a member of the organization.",
    already_invited: "There is already a pending invitation for this address. Use “Resend” in the invitations list.",
    owner_only: "Only an owner can do this: invite or remove admins, withdraw their invitations and change roles.",
    last_owner: "The organization needs at least one owner. Transfer ownership to an admin first.",
    invitation_invalid: "This invitation is no longer valid: it expired, was revoked or was already used.",
    invitation_for_another_email:
      "This invitation was sent to another address. Sign in with the invited address to accept it.",
    folder_cycle: "A folder can't go inside itself or inside one of its subfolders.",
    attachment_unavailable: "An attachment is no longer available. Remove it and attach the file again.",
    invalid_api_key: "The API key is missing or not valid. Send a live key as “Authorization: Bearer arco_live_…”.",
    impersonation_target_staff: "Agency staff cannot be viewed as: only client users can, and never yourself.",
    impersonation_already_active: "You are already viewing the app as someone. Stop that session first.",
    impersonation_not_member: "This person is not a member of this organization any more.",
    billing_not_configured: "Online payment is not configured yet: contact the agency to change plans.",
    openai_key_invalid: "OpenAI did not accept this key. Check that it is active and copied whole; nothing was saved.",
    openai_unavailable: "OpenAI did not answer just now, so the key could not be checked. Try again in a moment.",
  },
  validation: {
    openai_key_required: "Paste the OpenAI key.",
    openai_key_format: "This does not look like an OpenAI secret key (it starts with “sk-”).",
    email_required: "Enter your email.",
    email_invalid: "Enter a valid email, like name@company.com.",
    password_required: "Enter your password.",
    password_too_short: "The password must have at least 8 characters.",
    password_too_long: "The password can have at most 72 characters.",
    passwords_mismatch: "The passwords don't match.",
    code_format: "The code has 6 digits.",
    name_too_long: "The name can have at most 120 characters.",
    file_name_required: "Enter a name.",
    file_name_invalid: "A name can't contain slashes (/ or \\) or control characters, or be “.” or “..”.",
    file_name_too_long: "The name can have at most 255 characters.",
    file_empty: "This file is empty (0 bytes): there's nothing to upload.",
    reason_too_short: "Write a reason of at least 10 characters: it is recorded and shown to the client.",
    ad_account_id_invalid: "Use the Google Ads customer ID (10 digits) or the Meta account number.",
    display_name_required: "Give a name of up to 120 characters.",
    token_required: "Paste the token (8 to 4096 characters).",
    zone_id_invalid: "The zone ID is 32 hexadecimal characters.",
  },
  notFound: {
    title: "Page not found",
    body: "The address may have changed, or you don't have access to this page.",
  },
  errorPage: {
    title: "Something went wrong",
    body: "This page could not be loaded. Try again; if it keeps happening, contact the agency.",
    retry: "Try again",
  },
  analyzerPages: analyzerPagesEn,
  analysisFailures: analysisFailuresEn,
  analyzerApi: analyzerApiEn,
  unsubscribe: unsubscribeEn,
  captcha: captchaEn,
  workspace: workspaceEn,
  overview: overviewEn,
  projects: projectsEn,
  domains: domainsEn,
  infrastructure: infrastructureEn,
  performance: performanceEn,
  uptime: uptimeEn,
  campaigns: campaignsEn,
  reports: reportsEn,
  billing: billingEn,
  tickets: ticketsEn,
  team: teamEn,
  settings: settingsEn,
  files: filesEn,
  security: securityEn,
  monitoring: monitoringEn,
  publicApi: publicApiEn,
  apiKeys: apiKeysEn,
  insights: insightsEn,
  search: searchEn,
  privacy: privacyEn,
  agency: agencyEn,
  connections: connectionsEn,
};
