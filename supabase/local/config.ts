import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { z } from "zod";

const seconds = z.union([z.number(), z.string()]).transform((v) => {
  if (typeof v === "number") return v;
  const m = /^(\d+)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new Error(`bad duration ${v}`);
  const n = Number(m[1]);
  return m[2] === "ms" ? n / 1000 : m[2] === "m" ? n * 60 : m[2] === "h" ? n * 3600 : n;
});

const bytes = z.union([z.number(), z.string()]).transform((v) => {
  if (typeof v === "number") return v;
  const m = /^(\d+)\s*(B|KB|KiB|MB|MiB|GB|GiB)?$/i.exec(v.trim());
  if (!m) throw new Error(`bad size ${v}`);
  const unit = (m[2] ?? "B").toLowerCase();
  const mult: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
  return Number(m[1]) * (mult[unit] ?? 1);
});

const provider = z.object({ enabled: z.boolean().default(false) }).passthrough();

const configSchema = z.object({
  api: z.object({ port: z.number().default(54321) }).prefault({}),
  db: z
    .object({
      port: z.number().default(54322),
      // The local Postgres is one shared session (see postgres-server.ts): these keep one client from holding
      // it hostage. Local-only keys; hosted Supabase sets its own server and pooler timeouts.
      idle_in_transaction_session_timeout: seconds.default(60),
      session_wait_timeout: seconds.default(30),
    })
    .prefault({}),
  inbucket: z.object({ port: z.number().default(54324) }).prefault({}),
  auth: z
    .object({
      site_url: z.string().default("http://127.0.0.1:3000"),
      additional_redirect_urls: z.array(z.string()).default([]),
      jwt_expiry: z.number().default(3600),
      enable_refresh_token_rotation: z.boolean().default(true),
      refresh_token_reuse_interval: z.number().default(10),
      enable_signup: z.boolean().default(true),
      enable_anonymous_sign_ins: z.boolean().default(false),
      enable_manual_linking: z.boolean().default(false),
      minimum_password_length: z.number().default(6),
      rate_limit: z
        .object({
          email_sent: z.number().default(30),
          token_refresh: z.number().default(150),
          sign_in_sign_ups: z.number().default(30),
          token_verifications: z.number().default(30),
        })
        .prefault({}),
      email: z
        .object({
          enable_signup: z.boolean().default(true),
          enable_confirmations: z.boolean().default(true),
          double_confirm_changes: z.boolean().default(true),
          max_frequency: seconds.default(60),
          otp_length: z.number().default(6),
          otp_expiry: z.number().default(3600),
          secure_password_change: z.boolean().default(false),
        })
        .prefault({}),
      sms: z
        .object({
          enable_signup: z.boolean().default(false),
          enable_confirmations: z.boolean().default(false),
          template: z.string().default("Your code is {{ .Code }}"),
          max_frequency: seconds.default(5),
          // Phone number (digits, no "+") → the fixed code it always accepts and that is "sent" to it.
          test_otp: z.record(z.string(), z.string()).default({}),
        })
        .prefault({}),
      saml: z.object({ enabled: z.boolean().default(false) }).prefault({}),
      external: z.record(z.string(), provider).prefault({}),
      mfa: z
        .object({
          max_enrolled_factors: z.number().default(10),
          totp: z
            .object({ enroll_enabled: z.boolean().default(true), verify_enabled: z.boolean().default(true) })
            .prefault({}),
        })
        .prefault({}),
    })
    .prefault({}),
  storage: z.object({ file_size_limit: bytes.default(50 * 1024 * 1024) }).prefault({}),
  functions: z.record(z.string(), z.object({ verify_jwt: z.boolean().default(true) })).prefault({}),
});

export type StackConfig = z.infer<typeof configSchema>;

/** Reads supabase/config.toml, the file the Supabase CLI uses too. */
export function loadConfig(path = new URL("../config.toml", import.meta.url)): StackConfig {
  return configSchema.parse(parse(readFileSync(path, "utf8")));
}
