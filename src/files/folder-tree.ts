import type { FolderOption } from "./queries/get-folder-options";

export interface FolderChoice {
  id: string;
  /** The folder's path from the top, e.g. "Campanhas / Coleção Verão". */
  label: string;
  depth: number;
}

/**
 * The organization's folders as a tree, depth first and by name at each level, for a "Move to" list. `exclude`
 * (a folder being moved) leaves out that folder and everything below it: the places it cannot go.
 */
export function folderChoices(folders: FolderOption[], exclude?: string): FolderChoice[] {
  const children = new Map<string | null, FolderOption[]>();
  for (const folder of folders) {
    const siblings = children.get(folder.parentId) ?? [];
    siblings.push(folder);
    children.set(folder.parentId, siblings);
  }
  const choices: FolderChoice[] = [];
  const visit = (parentId: string | null, path: string[], depth: number) => {
    const level = [...(children.get(parentId) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { sensitivity: "base" }),
    );
    for (const folder of level) {
      if (folder.id === exclude) continue;
      const label = [...path, folder.name];
      choices.push({ id: folder.id, label: label.join(" / "), depth });
      // The database never lets folders loop; the depth cap only keeps bad data from hanging the page.
      if (depth < 64) visit(folder.id, label, depth + 1);
    }
  };
  visit(null, [], 0);
  return choices;
}
