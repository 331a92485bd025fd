import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilesView } from "@/src/files/components/files-view";
import { fileListSearchSchema } from "@/src/files/file-list-search";
import { loadFilesPage } from "@/src/files/load-files-page";
import { getFolder } from "@/src/files/queries/get-folder";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, id } = await params;
  const [{ t }, { organization, db }] = await Promise.all([getTranslations(), requireWorkspace(org)]);
  const folder = await getFolder(db, organization.id, id);
  return { title: `${folder?.name ?? t.files.title} · ${organization.name}` };
}

export default async function FolderPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const workspace = await requireWorkspace(org);
  const { sort = "name" } = fileListSearchSchema.parse(await searchParams);
  // The layout answers 404 for a folder that is not there; the page reuses its (cached) lookup.
  const folder = await getFolder(workspace.db, workspace.organization.id, id);
  if (!folder) notFound();
  const [{ t, locale }, data] = await Promise.all([getTranslations(), loadFilesPage(workspace, folder.id, sort)]);
  const format = formatters(locale, workspace.organization.timeZone);
  return <FilesView workspace={workspace} folder={folder} sort={sort} data={data} t={t} format={format} />;
}
