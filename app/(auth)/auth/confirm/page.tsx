import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { confirmEmailLinkSchema } from "@/src/auth/auth-form-schemas";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { AuthCard } from "@/src/components/auth/auth-card";
import { ConfirmEmailLinkForm } from "@/src/components/auth/confirm-email-link-form";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  // The address carries a sign-in token: no search engine, and no Referer to any page linked from here.
  return { title: t.auth.confirm.title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

/**
 * Where emailed links land when the template points at the app (`/auth/confirm?token_hash=…&type=…&next=…`)
 * instead of Supabase's own /verify. Opening it (a GET, which mail scanners do too) changes nothing: it shows
 * a button whose action verifies the link (`confirmEmailLink`).
 */
export default async function ConfirmEmailLinkPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const link = confirmEmailLinkSchema.safeParse({
    token_hash: searchParam(params.token_hash),
    type: searchParam(params.type),
    next: searchParam(params.next),
  });
  if (!link.success) redirect("/sign-in?error=link_invalid");
  const { t } = await getTranslations();
  return (
    <AuthCard title={t.auth.confirm.title} subtitle={t.auth.confirm.subtitle}>
      <ConfirmEmailLinkForm tokenHash={link.data.tokenHash} type={link.data.type} next={link.data.next} />
    </AuthCard>
  );
}
