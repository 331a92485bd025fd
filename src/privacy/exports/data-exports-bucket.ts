/** The private bucket of export zips (`<export id>/<file>.zip`); only the export job writes it. */
export const dataExportsBucket = "data-exports";

/** How long a ready export stays downloadable, from the moment it is built. */
export const dataExportLifetimeDays = 7;

/** The zip's object name: one per export, so a retried build replaces its own zip and never adds a second. */
export function dataExportObjectName(exportId: string, scope: "account" | "organization"): string {
  return `${exportId}/arco-${scope}-export.zip`;
}
