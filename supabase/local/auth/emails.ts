import type { AuthEnv } from "./env.ts";
import { escapeHtml } from "./html.ts";

export type AuthEmailKind = "signup" | "magiclink" | "recovery" | "email_change" | "invite";

export interface AuthEmail {
  kind: AuthEmailKind;
  to: string;
  link: string;
  otp: string;
  /** Email change only: the address being moved to. */
  newEmail?: string;
}

const FROM = "Arco <no-reply@arco.local>";

interface Template {
  subject: string;
  heading: string;
  lead: (email: AuthEmail) => string;
  action: string;
}

const TEMPLATES: Record<AuthEmailKind, Template> = {
  signup: {
    subject: "Confirm Your Signup",
    heading: "Confirm your signup",
    lead: () => "Follow this link to confirm your email address:",
    action: "Confirm your email",
  },
  magiclink: {
    subject: "Your Magic Link",
    heading: "Sign in to Arco",
    lead: () => "Follow this link to sign in:",
    action: "Sign in",
  },
  recovery: {
    subject: "Reset Your Password",
    heading: "Reset your password",
    lead: () => "Follow this link to choose a new password:",
    action: "Reset password",
  },
  email_change: {
    subject: "Confirm Email Change",
    heading: "Confirm your new email",
    lead: (email) => `Follow this link to confirm the change of your email to ${email.newEmail ?? email.to}:`,
    action: "Confirm email change",
  },
  invite: {
    subject: "You have been invited",
    heading: "You have been invited",
    lead: () => "You have been invited to create an account on Arco. Follow this link to accept the invite:",
    action: "Accept the invite",
  },
};

const IGNORE = "If you did not ask for this, you can ignore this email.";

/** The link inside every auth email, the same shape GoTrue sends (`/verify?token=…&type=…&redirect_to=…`). */
export function verifyLink(env: AuthEnv, token: string, type: string, redirectTo: string): string {
  const query = new URLSearchParams({ token, type, redirect_to: redirectTo });
  return `${env.authUrl}/verify?${query.toString()}`;
}

function renderText(template: Template, email: AuthEmail): string {
  return [
    template.heading,
    "",
    template.lead(email),
    email.link,
    "",
    `Or enter this code: ${email.otp}`,
    "",
    IGNORE,
    "",
  ].join("\n");
}

function renderHtml(template: Template, email: AuthEmail): string {
  const link = escapeHtml(email.link);
  return `<!doctype html>
<html lang="en">
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#18181b">
  <div style="max-width:480px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
    <h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(template.heading)}</h1>
    <p style="margin:0 0 24px;line-height:1.5">${escapeHtml(template.lead(email))}</p>
    <p style="margin:0 0 24px"><a href="${link}" style="display:inline-block;background:#18181b;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px">${escapeHtml(template.action)}</a></p>
    <p style="margin:0 0 8px;line-height:1.5">Or enter this code:</p>
    <p style="margin:0 0 24px;font-size:24px;letter-spacing:4px;font-weight:600">${escapeHtml(email.otp)}</p>
    <p style="margin:0;color:#71717a;font-size:13px;line-height:1.5">${escapeHtml(IGNORE)}</p>
  </div>
</body>
</html>`;
}

export function deliverAuthEmail(env: AuthEnv, email: AuthEmail): void {
  const template = TEMPLATES[email.kind];
  env.mailbox.deliver({
    from: FROM,
    to: [email.to],
    subject: template.subject,
    html: renderHtml(template, email),
    text: renderText(template, email),
    tags: [`auth:${email.kind}`],
  });
}
