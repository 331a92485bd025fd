import { PageSkeleton } from "@/src/components/ui/skeleton";
import { getTranslations } from "@/src/i18n/get-translations";

/** The agency pages' loading skeleton, shown below the point where the page's row (if any) was resolved. */
export default async function AdminPageLoading() {
  const { t } = await getTranslations();
  return <PageSkeleton label={t.workspace.loading} />;
}
