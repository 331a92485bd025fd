import { randomUUID } from "node:crypto";
import { createClient, type SupabaseClient, type SupportedStorage } from "@supabase/supabase-js";
import type { MailMessage } from "../../../supabase/local/mailbox.ts";
import type { TestStack } from "../../support/stack.ts";

/** In-memory auth storage a test can read and tamper with (e.g. the PKCE verifier). */
export function memoryStorage(): SupportedStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A browser-like supabase-js client with its own session storage and no background refresh. */
export function userClient(
  stack: TestStack,
  options: { flowType?: "implicit" | "pkce"; storage?: SupportedStorage; fetch?: typeof fetch } = {},
): SupabaseClient {
  return createClient(stack.apiUrl, stack.anonKey, {
    auth: {
      flowType: options.flowType ?? "implicit",
      storage: options.storage ?? memoryStorage(),
      autoRefreshToken: false,
      detectSessionInUrl: false,
      persistSession: true,
    },
    global: options.fetch ? { fetch: options.fetch } : {},
  });
}

export function adminClient(stack: TestStack): SupabaseClient {
  return createClient(stack.apiUrl, stack.serviceRoleKey, {
    auth: { autoRefreshToken: false, persistSession: false, detectSessionInUrl: false },
  });
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/** The newest auth email of `kind` sent to `to`. */
export function lastMail(stack: TestStack, to: string, kind: string): MailMessage {
  const mail = stack.mailbox.list(to).find((message) => message.tags.includes(`auth:${kind}`));
  if (!mail) throw new Error(`no auth:${kind} email for ${to}`);
  return mail;
}

export function codeIn(mail: MailMessage): string {
  const match = /code: (\d{6})/.exec(mail.text ?? "");
  if (!match?.[1]) throw new Error(`no code in "${mail.subject}"`);
  return match[1];
}

export function linkIn(mail: MailMessage): URL {
  const match = /(http\S+\/auth\/v1\/verify\?\S+)/.exec(mail.text ?? "");
  if (!match?.[1]) throw new Error(`no link in "${mail.subject}"`);
  return new URL(match[1]);
}

/** Creates a confirmed email/password user through the admin API. */
export async function confirmedUser(stack: TestStack, prefix: string, password = "correct-horse-1") {
  const email = uniqueEmail(prefix);
  const { data, error } = await adminClient(stack).auth.admin.createUser({ email, password, email_confirm: true });
  if (error || !data.user) throw error ?? new Error("createUser returned no user");
  return { email, password, id: data.user.id };
}

/** Follows nothing: the Location of a redirect answer. */
export async function redirectOf(
  url: string | URL,
  init: RequestInit = {},
): Promise<{ status: number; location: URL }> {
  const response = await fetch(url, { ...init, redirect: "manual" });
  const location = response.headers.get("location");
  if (!location)
    throw new Error(`expected a redirect from ${String(url)}, got ${response.status}: ${await response.text()}`);
  return { status: response.status, location: new URL(location) };
}

/** The parameters of a URL fragment (implicit-flow tokens, redirect errors). */
export function fragmentOf(url: URL): URLSearchParams {
  return new URLSearchParams(url.hash.slice(1));
}

export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header = "", payload = ""] = token.split(".");
  const decode = (part: string) =>
    JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
  return { header: decode(header), payload: decode(payload) };
}
