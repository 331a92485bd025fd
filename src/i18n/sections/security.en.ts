import type { securityPtBR } from "./security.pt-BR";

/** Account security: the second sign-in step and the authenticator apps (TOTP) of the account. */
export const securityEn: typeof securityPtBR = {
  area: "Account",
  navLabel: "Account sections",
  menuLink: "Account security",
  secondStep: {
    title: "Two-step verification",
    subtitle: "Enter the 6-digit code your authenticator app shows right now.",
    codeLabel: "Authenticator app code",
    submit: "Verify",
    otherAccount: "Sign in with another account",
  },
  page: {
    title: "Security",
    description:
      "Protect your account with a second factor: besides your password, a code from an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, Authy…).",
    staffRequired: "The agency area requires a second factor. Add an authenticator app below to continue.",
    factorsTitle: "Authenticator apps",
    empty: {
      title: "No authenticator app",
      body: "Without a second factor, anyone who learns your password can get into your account.",
    },
    unnamed: "Authenticator app",
    verified: "Active",
    unverified: "Not confirmed",
    addedOn: "Added on {date}",
    remove: "Remove",
    removeTitle: "Remove this authenticator app?",
    removeBody: "Afterwards, this app's code will no longer be asked for or accepted at sign-in.",
    cancel: "Cancel",
    removed: "Authenticator app removed.",
  },
  enroll: {
    title: "Add an authenticator app",
    nameLabel: "Name (so you recognise the device)",
    nameHint: "For example: Work phone.",
    start: "Create QR code",
    scan: "Scan the QR code with your authenticator app, or type in the key below. Then confirm with the code the app shows.",
    qrAlt: "QR code to add the account to your authenticator app",
    secretLabel: "Key to type into the app",
    codeLabel: "6-digit code from the app",
    confirm: "Confirm",
    done: "Authenticator app added. Its code will be asked for at every new sign-in.",
  },
};
