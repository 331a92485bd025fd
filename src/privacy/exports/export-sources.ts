import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/src/db/client";

/** One table's rows to export: those whose `column` equals `value`, with the columns the reader may select. */
export interface ExportSource {
  table: string;
  column: string;
  value: string;
  columns: string[];
  /** The primary key, `name` and its SQL type, for keyset paging. */
  key: { name: string; type: string }[];
}

/**
 * Derived or internal tables left out of an organization's export: search vectors and their queue are
 * recomputed from the documents' sources, which are exported themselves.
 */
const skippedTables = new Set(["embeddings", "embedding_queue", "documents"]);

/** Columns never exported even when readable: hashes of keys and tokens are credentials, not personal data. */
const secretColumn = /(hash|secret|sealed|token|ciphertext)/;

/** The personal data of a user: each table and the column that names them. */
const accountTables: Record<string, string> = {
  profiles: "id",
  memberships: "user_id",
  support_tickets: "created_by",
  ticket_messages: "author_id",
  storage_files: "uploaded_by",
  storage_folders: "created_by",
  api_keys: "created_by",
  invitations: "invited_by",
  audit_log: "actor_id",
  data_exports: "requested_by",
  account_deletions: "user_id",
};

interface CatalogRow extends Record<string, unknown> {
  table: string;
  columns: string[] | null;
  key: string[] | null;
  has_org_id: boolean;
}

/**
 * The tables of `public` as the reading role sees them: columns it may select (secrets left out) and the
 * primary key. Asked inside the reader's own transaction, so column privileges are the reader's.
 */
async function catalog(tx: Transaction): Promise<CatalogRow[]> {
  return tx.execute<CatalogRow>(sql`
    select c.relname::text as table,
      array(
        select a.attname::text from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
          and has_column_privilege(c.oid, a.attnum, 'select')
        order by a.attnum
      ) as columns,
      array(
        select a.attname::text || ' ' || format_type(a.atttypid, a.atttypmod)
        from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
        where i.indrelid = c.oid and i.indisprimary
        order by array_position(i.indkey::int2[], a.attnum)
      ) as key,
      exists (
        select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped
      ) as has_org_id
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`);
}

function toSource(row: CatalogRow, column: string, value: string): ExportSource | null {
  const columns = (row.columns ?? []).filter((name) => !secretColumn.test(name));
  if (!columns.includes(column)) return null;
  const key = (row.key ?? []).map((entry) => {
    const [name, ...type] = entry.split(" ");
    return { name: name!, type: type.join(" ") };
  });
  return { table: row.table, column, value, columns, key };
}

/**
 * Everything of one organization: the organization's row and every table carrying `org_id` (new tables are
 * included as they are added), minus the derived ones above.
 */
export async function organizationSources(tx: Transaction, orgId: string): Promise<ExportSource[]> {
  const rows = await catalog(tx);
  return rows.flatMap((row) => {
    if (row.table === "organizations") return toSource(row, "id", orgId) ?? [];
    if (!row.has_org_id || skippedTables.has(row.table)) return [];
    return toSource(row, "org_id", orgId) ?? [];
  });
}

/** A person's own data: the rows of the tables above that name them. */
export async function accountSources(tx: Transaction, userId: string): Promise<ExportSource[]> {
  const rows = await catalog(tx);
  return rows.flatMap((row) => {
    const column = accountTables[row.table];
    return column ? (toSource(row, column, userId) ?? []) : [];
  });
}
