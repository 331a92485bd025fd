import "server-only";
import { createSupabaseServerClient } from "../../supabase/server-client";

export interface FactorView {
  id: string;
  name: string | null;
  verified: boolean;
  createdAt: string;
}

/** The signed-in user's authenticator apps, as Supabase Auth lists them (verified or not), oldest first. */
export async function getFactors(): Promise<FactorView[]> {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.mfa.listFactors();
  if (error) throw error;
  return data.all
    .filter((factor) => factor.factor_type === "totp")
    .map((factor) => ({
      id: factor.id,
      name: factor.friendly_name || null,
      verified: factor.status === "verified",
      createdAt: factor.created_at,
    }));
}
