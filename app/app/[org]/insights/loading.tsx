import { PageSkeleton } from "@/src/components/ui/skeleton";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function InsightsLoading() {
  const { t } = await getTranslations();
  return <PageSkeleton label={t.workspace.loading} />;
}
