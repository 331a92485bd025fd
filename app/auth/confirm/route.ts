import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { safeNextPath } from "@/src/auth/safe-next-path";
import { createSupabaseServerClient } from "@/src/supabase/server-client";

const confirmQuery = z.object({
  token_hash: z.string().min(1).max(512),
  type: z.enum(["signup", "invite", "magiclink", "recovery", "email_change", "email"]),
  next: z.string().optional(),
});

/**
 * For email templates that link here with `{{ .TokenHash }}` instead of Supabase's own /verify link: the
 * hash is verified directly, so the link also works when opened in another browser than the one that
 * asked for it (which a PKCE code cannot).
 */
export async function GET(request: NextRequest) {
  const query = confirmQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) redirect("/sign-in?error=link_invalid");
  const { token_hash, type } = query.data;
  const next = safeNextPath(query.data.next ?? (type === "recovery" ? "/reset-password" : undefined));
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.verifyOtp({ token_hash, type });
  if (!error) redirect(next);
  console.warn("[auth/confirm] token verification failed:", error.code ?? error.name, error.message);
  redirect(`/sign-in?${new URLSearchParams({ error: "link_invalid", next })}`);
}
