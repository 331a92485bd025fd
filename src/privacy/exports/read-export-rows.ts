import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Transaction } from "@/src/db/client";
import type { ExportSource } from "./export-sources";

/** How the export reads: one short transaction per call, as the requesting user (see build-data-export). */
export type ExportReader = <T>(fn: (tx: Transaction) => Promise<T>) => Promise<T>;

const PAGE = 500;

/**
 * The source's rows, as JSON objects, page by page in primary-key order: each page is its own short
 * transaction (the local Postgres serves one transaction at a time, and a whole organization must not hold
 * one open), and only one page is in memory at once.
 */
export async function* readExportRows(
  read: ExportReader,
  source: ExportSource,
): AsyncGenerator<Record<string, unknown>[]> {
  const table = sql.identifier(source.table);
  const columns = sql.join(
    source.columns.map((name) => sql.identifier(name)),
    sql`, `,
  );
  const keyColumns = source.key.map((k) => sql.identifier(k.name));
  let after: string[] | null = null;
  for (;;) {
    const conditions: SQL[] = [sql`${sql.identifier(source.column)} = ${source.value}::uuid`];
    if (after && keyColumns.length > 0) {
      const values = source.key.map((k, i) => sql`${after![i]}::${sql.raw(k.type)}`);
      conditions.push(sql`(${sql.join(keyColumns, sql`, `)}) > (${sql.join(values, sql`, `)})`);
    }
    const order = keyColumns.length > 0 ? sql`order by ${sql.join(keyColumns, sql`, `)}` : sql``;
    const limit = keyColumns.length > 0 ? sql`limit ${PAGE}` : sql``;
    // Again outside: the page's last row must be its greatest key, the next page starts after it.
    const outerOrder =
      keyColumns.length > 0
        ? sql`order by ${sql.join(
            source.key.map((k) => sql`x.${sql.identifier(k.name)}`),
            sql`, `,
          )}`
        : sql``;
    const rows = await read((tx) =>
      tx.execute<{ row: Record<string, unknown>; key: string[] }>(sql`
        select to_jsonb(x) as row, array[${sql.join(
          source.key.map((k) => sql`x.${sql.identifier(k.name)}::text`),
          sql`, `,
        )}]::text[] as key
        from (select ${columns} from public.${table} where ${sql.join(conditions, sql` and `)} ${order} ${limit}) x
        ${outerOrder}`),
    );
    if (rows.length > 0) yield rows.map((r) => r.row);
    if (keyColumns.length === 0 || rows.length < PAGE) return;
    after = rows[rows.length - 1]!.key;
  }
}
