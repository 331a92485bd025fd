import type { Metadata } from "next";
import { FilesView } from "@/src/files/components/files-view";
import { fileListSearchSchema } from "@/src/files/file-list-search";
import { loadFilesPage } from "@/src/files/load-files-page";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.files.title} · ${organization.name}` };
}

export default async function FilesPage({ params, searchParams }: Props) {
  const workspace = await requireWorkspace((await params).org);
  const { sort = "name" } = fileListSearchSchema.parse(await searchParams);
  const [{ t, locale }, data] = await Promise.all([getTranslations(), loadFilesPage(workspace, null, sort)]);
  const format = formatters(locale, workspace.organization.timeZone);
  return <FilesView workspace={workspace} folder={null} sort={sort} data={data} t={t} format={format} />;
}
