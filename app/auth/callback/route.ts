import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { safeNextPath } from "@/src/auth/safe-next-path";
import { createSupabaseServerClient } from "@/src/supabase/server-client";

const callbackQuery = z.object({ code: z.string().min(1).max(512), next: z.string().optional() });

/**
 * Where email links and identity providers land (PKCE): the one-time `code` plus the verifier cookie set
 * when the flow started become a session. Failures (expired link, another browser, provider error) go to
 * the sign-in page with a readable message instead of an error page. Redirects are relative paths, so the
 * browser stays on the host it used (the session cookies live there).
 */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const next = safeNextPath(params.next);
  const query = callbackQuery.safeParse(params);
  if (query.success) {
    const supabase = await createSupabaseServerClient();
    const { error } = await supabase.auth.exchangeCodeForSession(query.data.code);
    if (!error) redirect(next);
    console.warn("[auth/callback] code exchange failed:", error.code ?? error.name, error.message);
  } else if (params.error) {
    console.warn("[auth/callback] provider returned an error:", params.error_code ?? params.error);
  }
  redirect(`/sign-in?${new URLSearchParams({ error: "link_invalid", next })}`);
}
