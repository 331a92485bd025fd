/** The local Supabase stand-in the app under test talks to (its mailbox receives every email). */
export const supabaseUrl = process.env.E2E_SUPABASE_URL ?? "http://127.0.0.1:55321";

/** Seeded by `npm run dev` (see scripts/dev.ts). */
export const demoPassword = "arco-demo-2026";
export const demoClientEmail = "demo@arco.local";
export const demoStaffEmail = "staff@arco.local";

/** A new address per run, so earlier runs' accounts and email resend limits never get in the way. */
export function uniqueEmail(purpose: string): string {
  return `e2e-${purpose}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@arco.local`;
}
