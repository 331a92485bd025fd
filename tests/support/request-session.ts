import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import type { TestStack } from "./stack.ts";
import { signedInClaims, TEST_PASSWORD } from "./users.ts";

/**
 * Who an app request is made by, for tests that call server actions and routes directly: the verified user and
 * their own Supabase client (what the request's cookies would give), signed in once per user with a real
 * password sign-in. The test file mocks `getVerifiedUser` and `createSupabaseServerClient` to read `current`.
 */
export function requestSessions(stack: TestStack) {
  const clients = new Map<string, SupabaseClient>();
  const emails = new Map<string, string>();
  const current = {} as { user: VerifiedUser; client: SupabaseClient };
  return {
    current,
    /** Registers a user's sign-in address. */
    knows(userId: string, email: string) {
      emails.set(userId, email);
    },
    /** Makes the next requests the user's. */
    async as(userId: string) {
      const email = emails.get(userId);
      if (!email) throw new Error(`no sign-in address known for ${userId}`);
      let client = clients.get(userId);
      if (!client) {
        client = createClient(stack.apiUrl, stack.anonKey, {
          auth: { persistSession: false, autoRefreshToken: false },
        });
        const { error } = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
        if (error) throw error;
        clients.set(userId, client);
      }
      current.client = client;
      current.user = { id: userId, email, name: null, claims: signedInClaims(userId) } as VerifiedUser;
    },
  };
}
