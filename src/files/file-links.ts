/** The file store's sort orders, the first being the default. */
export const fileSorts = ["name", "newest", "largest"] as const;
export type FileSort = (typeof fileSorts)[number];

/** A folder's address (the top of the file store when `folderId` is null), keeping a sort other than the default. */
export function folderHref(slug: string, folderId: string | null, sort?: FileSort): string {
  const path = `/app/${slug}/files${folderId ? `/${folderId}` : ""}`;
  return sort && sort !== "name" ? `${path}?sort=${sort}` : path;
}

/** A file's download or preview link: the route signs a one-minute URL when the browser follows it. */
export function fileHref(slug: string, id: string, kind: "download" | "preview"): string {
  return `/app/${slug}/files/file/${id}/${kind}`;
}
