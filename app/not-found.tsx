import Link from "next/link";
import { StatusPage } from "@/src/components/status-page";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function NotFound() {
  const { t } = await getTranslations();
  return (
    <StatusPage
      appName={t.common.appName}
      code="404"
      title={t.notFound.title}
      body={t.notFound.body}
      action={
        <Link href="/" className={buttonStyles()}>
          {t.common.backToHome}
        </Link>
      }
    />
  );
}
