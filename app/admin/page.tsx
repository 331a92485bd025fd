import type { Metadata } from "next";
import { requireStaff } from "@/src/auth/require-staff";
import { WelcomePanel } from "@/src/components/shell/welcome-panel";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  // Even the page title stays hidden from non-staff, who get the 404 page.
  await requireStaff();
  const { t } = await getTranslations();
  return { title: t.admin.title };
}

export default async function AdminPage() {
  const { user, membership } = await requireStaff();
  const { t } = await getTranslations();
  const copy = t.admin.welcome;
  return (
    <WelcomePanel
      title={copy.title}
      intro={
        <>
          <p>{formatMessage(copy.signedInAs, { email: user.email, role: t.admin.roles[membership.role] })}</p>
          <p>{copy.body}</p>
        </>
      }
      upcomingTitle={copy.upcomingTitle}
      upcomingBody={copy.upcomingBody}
    />
  );
}
