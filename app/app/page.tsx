import type { Metadata } from "next";
import { requireUser } from "@/src/auth/get-verified-user";
import { WelcomePanel } from "@/src/components/shell/welcome-panel";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.app.title };
}

export default async function ClientDashboardPage() {
  const user = await requireUser("/app");
  const { t } = await getTranslations();
  const copy = t.app.welcome;
  return (
    <WelcomePanel
      title={user.name ? formatMessage(copy.titleWithName, { name: user.name }) : copy.title}
      intro={
        <>
          <p>{formatMessage(copy.signedInAs, { email: user.email })}</p>
          <p>{copy.body}</p>
        </>
      }
      upcomingTitle={copy.upcomingTitle}
      upcomingBody={copy.upcomingBody}
    />
  );
}
