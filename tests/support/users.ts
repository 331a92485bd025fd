import { createClient } from "@supabase/supabase-js";
import type { TestStack } from "./stack.ts";

export const TEST_PASSWORD = "correct-horse-9";

/** A confirmed email user created through the Auth admin API, as the agency's tooling would. */
export async function createConfirmedUser(stack: TestStack, email: string): Promise<string> {
  const admin = createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } });
  const { data, error } = await admin.auth.admin.createUser({ email, password: TEST_PASSWORD, email_confirm: true });
  if (error) throw error;
  return data.user.id;
}

/**
 * The verified claims of a signed-in user, as the app passes them to `withUser`. `aal2`: the user passed the
 * TOTP second step, which staff need before RLS treats them as staff; for anyone else it changes nothing.
 */
export function signedInClaims(userId: string): { sub: string; role: "authenticated"; aal: "aal2" } {
  return { sub: userId, role: "authenticated", aal: "aal2" };
}
