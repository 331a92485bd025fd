import { FilesSkeleton } from "@/src/files/components/files-skeleton";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function FilesLoading() {
  const { t } = await getTranslations();
  return <FilesSkeleton label={t.workspace.loading} />;
}
