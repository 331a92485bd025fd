import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../supabase/local/database.ts";
import { templateFile } from "../../support/template.ts";

/**
 * The rules every migration must keep, checked on the migrated schema rather than in review: each rule lists
 * its offenders by name so a failure says exactly what to fix.
 */

/** Offset just past the quoted text (literal or identifier) that starts at `start`; doubled quotes escape. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && !(text[i] === quote && text[i + 1] !== quote)) i += text[i] === quote ? 2 : 1;
  return i + 1;
}

/** [open, close] offsets of every parenthesized group in a policy expression as Postgres prints it. */
function groups(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" || text[i] === '"') i = skipQuoted(text, i) - 1;
    else if (text[i] === "(") open.push(i);
    else if (text[i] === ")" && open.length > 0) found.push([open.pop()!, i]);
  }
  return found;
}

/** The text of a group at its own nesting level: nested groups and quoted text removed. */
function topLevel(text: string, [open, close]: [number, number]): string {
  let out = "";
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    if (text[i] === "'" || text[i] === '"') i = skipQuoted(text, i) - 1;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (depth === 0) out += text[i];
  }
  return out;
}

const isSelect = (text: string, [open]: [number, number]) => /^\s*SELECT\b/i.test(text.slice(open + 1));

/**
 * Calls of auth.uid(), auth.jwt() (and their siblings auth.role(), auth.email()) not wrapped in a scalar
 * subselect. Postgres prints `(select auth.uid())` as `( SELECT auth.uid() AS uid)`, which the planner runs once
 * per statement as an InitPlan; a bare call, or one inside a subquery that reads a table, runs once per row.
 */
function bareAuthCalls(text: string): string[] {
  const spans = groups(text);
  return [...text.matchAll(/\bauth\.(?:uid|jwt|role|email)\(\)/g)].flatMap((match) => {
    const at = match.index;
    const enclosing = spans
      .filter(([open, close]) => open < at && close > at + match[0].length)
      .sort(([a], [b]) => b - a)
      .find((span) => isSelect(text, span));
    const wrapped = enclosing !== undefined && !/\bFROM\b/i.test(topLevel(text, enclosing));
    return wrapped ? [] : [`${match[0]} in …${text.slice(Math.max(0, at - 30), at + 40)}…`];
  });
}

/**
 * The table's own columns a policy compares with a subselect (`org_id = ANY (( SELECT private.member_org_ids() …))`,
 * `user_id = ( SELECT auth.uid() AS uid)`): the columns every request filters on, so they need an index.
 */
function policyColumns(text: string, columns: Set<string>): string[] {
  const found = new Set<string>();
  for (const span of groups(text).filter((s) => isSelect(text, s))) {
    const before = /(?<![\w."])([a-z_][a-z0-9_]*)(?:\s*=|\s+IN|\s*=\s*ANY\s*\(\s*)\s*$/i.exec(
      text.slice(0, span[0]),
    )?.[1];
    const after = /^\s*=\s*([a-z_][a-z0-9_]*)(?![\w.(])/i.exec(text.slice(span[1] + 1))?.[1];
    for (const name of [before, after]) if (name && columns.has(name)) found.add(name);
  }
  return [...found];
}

let db: PGlite;

beforeAll(async () => {
  db = await openDatabase({ template: new Blob([readFileSync(templateFile)]), seed: false });
});
afterAll(async () => {
  await db.close();
});

async function rows<T>(query: string): Promise<T[]> {
  return (await db.query<T>(query)).rows;
}

/** Schemas the project's SQL lives in: everything but Postgres' own and the extensions'. */
const ownSchemas = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'extensions')
  and n.nspname not like 'pg\\_%'`;
/** Objects created by an extension (pgvector's functions, citext's operators) are the extension's business. */
const notFromExtension = (classId: string, oid: string) =>
  `not exists (select 1 from pg_depend d where d.classid = '${classId}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

interface Policy {
  schema: string;
  table: string;
  name: string;
  roles: string[];
  qual: string | null;
  with_check: string | null;
}

async function policies(): Promise<Policy[]> {
  return rows<Policy>(`
    select schemaname as schema, tablename as "table", policyname as name, roles::text[] as roles, qual, with_check
    from pg_policies order by 1, 2, 3`);
}

describe("schema lint", () => {
  it("enables and forces row-level security on every table in public", async () => {
    const offenders = await rows<{ table: string; enabled: boolean; forced: boolean }>(`
      select c.relname as "table", c.relrowsecurity as enabled, c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not (c.relrowsecurity and c.relforcerowsecurity)
      order by 1`);
    expect(
      offenders.map((t) => `public.${t.table}: ${t.enabled ? "" : "not enabled "}${t.forced ? "" : "not forced"}`),
    ).toEqual([]);
  });

  it("calls auth.uid() / auth.jwt() in policies only through a scalar (select …), evaluated once per statement", async () => {
    const offenders = (await policies()).flatMap((p) =>
      (["qual", "with_check"] as const).flatMap((clause) =>
        bareAuthCalls(p[clause] ?? "").map((call) => `${p.schema}.${p.table} policy ${p.name} (${clause}): ${call}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("has no using (true) / with check (true) policy for anon, authenticated or public", async () => {
    const open = new Set(["anon", "authenticated", "public"]);
    const offenders = (await policies())
      .filter((p) => p.roles.some((role) => open.has(role)))
      .filter((p) => p.qual?.trim() === "true" || p.with_check?.trim() === "true")
      .map((p) => `${p.schema}.${p.table} policy ${p.name} to ${p.roles.join(", ")}`);
    expect(offenders).toEqual([]);
  });

  it("pins search_path on every function in public and private and on every security definer function", async () => {
    const offenders = await rows<{ fn: string }>(`
      select format('%s.%s(%s)%s', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),
        case when p.prosecdef then ' (security definer)' else '' end) as fn
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where ${ownSchemas} and ${notFromExtension("pg_proc", "p.oid")}
        and (n.nspname in ('public', 'private') or p.prosecdef)
        and not exists (select 1 from unnest(p.proconfig) s where s like 'search\\_path=%')
      order by 1`);
    expect(offenders.map((o) => o.fn)).toEqual([]);
  });

  it("has no view in public that runs with its owner's rights (security_invoker unset)", async () => {
    const offenders = await rows<{ view: string }>(`
      select c.relname as view
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'v'
        and not exists (
          select 1 from unnest(c.reloptions) o where lower(o) in ('security_invoker=true', 'security_invoker=on',
            'security_invoker=1', 'security_invoker=yes')
        )
      order by 1`);
    expect(offenders.map((o) => `public.${o.view}`)).toEqual([]);
  });

  it("indexes every foreign key (an index whose leading columns are the key's columns)", async () => {
    const offenders = await rows<{ fk: string }>(`
      select format('%s.%s (%s) -> %s', n.nspname, c.relname,
        (select string_agg(a.attname, ', ' order by k.ord) from unnest(f.conkey) with ordinality k (attnum, ord)
         join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum),
        f.confrelid::regclass) as fk
      from pg_constraint f
      join pg_class c on c.oid = f.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where f.contype = 'f' and ${ownSchemas} and ${notFromExtension("pg_class", "c.oid")}
        and not exists (
          select 1 from pg_index i
          where i.indrelid = f.conrelid and i.indpred is null
            and (select array_agg(k.attnum order by k.attnum)
                 from unnest(i.indkey::int2[]) with ordinality k (attnum, ord) where k.ord <= cardinality(f.conkey))
              = (select array_agg(x order by x) from unnest(f.conkey) x)
        )
      order by 1`);
    expect(offenders.map((o) => o.fk)).toEqual([]);
  });

  it("indexes org_id and every column a policy compares with the caller's identity or organizations", async () => {
    const leading = await rows<{ table: string; column: string }>(`
      select format('%s.%s', n.nspname, c.relname) as "table", a.attname as column
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where i.indpred is null and ${ownSchemas}`);
    const indexed = new Set(leading.map((l) => `${l.table}.${l.column}`));
    const columns = await rows<{ table: string; column: string }>(`
      select format('%s.%s', n.nspname, c.relname) as "table", a.attname as column
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and ${ownSchemas}`);
    const columnsOf = new Map<string, Set<string>>();
    for (const { table, column } of columns) columnsOf.set(table, (columnsOf.get(table) ?? new Set()).add(column));

    const required = new Map<string, string>();
    for (const [table, names] of columnsOf) {
      if (table.startsWith("public.") && names.has("org_id")) required.set(`${table}.org_id`, "tenant key");
    }
    for (const p of await policies()) {
      const table = `${p.schema}.${p.table}`;
      const names = columnsOf.get(table) ?? new Set<string>();
      for (const text of [p.qual, p.with_check]) {
        for (const column of policyColumns(text ?? "", names)) required.set(`${table}.${column}`, `policy ${p.name}`);
      }
    }
    const offenders = [...required]
      .filter(([column]) => !indexed.has(column))
      .map(([column, why]) => `${column} (${why})`)
      .sort();
    expect(offenders).toEqual([]);
  });

  it("keeps the private helper functions out of anon's reach", async () => {
    const offenders = await rows<{ fn: string }>(`
      select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as fn
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'private' and has_function_privilege('anon', p.oid, 'execute')
      order by 1`);
    expect(offenders.map((o) => o.fn)).toEqual([]);
  });

  // The Data API serves every function of the schemas config.toml exposes to whoever holds the anon key.
  const exposedSchemas = (parse(readFileSync("supabase/config.toml", "utf8")) as { api: { schemas: string[] } }).api
    .schemas;
  const exposedList = exposedSchemas.map((name) => `'${name}'`).join(", ");

  it("exposes no function anon may execute through the Data API (the funnel's doors live in `funnel`)", async () => {
    const offenders = await rows<{ fn: string }>(`
      select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as fn
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in (${exposedList}) and ${notFromExtension("pg_proc", "p.oid")}
        and has_function_privilege('anon', p.oid, 'execute')
      order by 1`);
    expect(offenders.map((o) => o.fn)).toEqual([]);
  });

  it("exposes to signed-in users only the security-definer functions reviewed to check the caller", async () => {
    const exposed = await rows<{ fn: string }>(`
      select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as fn
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in (${exposedList}) and p.prosecdef and ${notFromExtension("pg_proc", "p.oid")}
        and has_function_privilege('authenticated', p.oid, 'execute')
      order by 1`);
    // Each raises or returns nothing unless auth.uid() is allowed to do what it asks; adding one means reading
    // it with that in mind.
    expect(exposed.map((o) => o.fn)).toEqual([
      "public.accept_invitation(token text)",
      "public.cancel_account_deletion()",
      "public.create_organization(name text, slug text)",
      "public.delete_organization(p_org_id uuid, p_confirmation text)",
      "public.find_user_by_email(p_email text)",
      "public.import_analysis_baseline(p_org_id uuid, p_analysis_id uuid)",
      "public.organization_usage(p_org uuid)",
      "public.organization_view_as_activity(p_org uuid)",
      "public.record_billing_customer(p_org_id uuid, p_stripe_customer_id text)",
      "public.request_account_deletion(p_confirmation text)",
      "public.request_data_export(p_scope text, p_org_id uuid)",
      "public.staff_directory()",
    ]);
  });

  it("grants the API roles nothing on sequences (identity values are the server's)", async () => {
    const offenders = await rows<{ grant: string }>(`
      select format('%s.%s to %s', n.nspname, c.relname, r.rolname) as grant
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      cross join (values ('anon'), ('authenticated')) as r (rolname)
      where c.relkind = 'S' and ${ownSchemas}
        and (has_sequence_privilege(r.rolname, c.oid, 'usage') or has_sequence_privilege(r.rolname, c.oid, 'update'))
      order by 1`);
    expect(offenders.map((o) => o.grant)).toEqual([]);
  });

  it("stamps created_at on the server in every table signed-in users write", async () => {
    const offenders = await rows<{ table: string }>(`
      select distinct c.table_name as "table"
      from information_schema.columns c
      join information_schema.column_privileges p
        on p.table_schema = c.table_schema and p.table_name = c.table_name and p.column_name = c.column_name
      where c.table_schema = 'public' and c.column_name = 'created_at'
        and p.grantee = 'authenticated' and p.privilege_type in ('INSERT', 'UPDATE')
        and not exists (
          select 1 from pg_trigger t
          where t.tgrelid = format('public.%I', c.table_name)::regclass and t.tgname = 'stamp_created_at'
        )
      order by 1`);
    expect(offenders.map((o) => o.table)).toEqual([]);
  });

  it("decides, for every audited table, whether clients may read its trail (anything else is staff-only)", async () => {
    // The trail's client rule must agree with each source table's read policy: a table whose trail clients read
    // must be one clients read, and if its read policy filters rows beyond the organization (ticket_messages'
    // internal notes) it needs a rule of its own in private.audit_visible_to_clients.
    const audited = await rows<{ table: string; visible: boolean; has_rule: boolean; quals: string[] }>(`
      select c.relname as "table", private.audit_visible_to_clients(c.relname, '{}', '{}') as visible,
        pg_get_functiondef('private.audit_visible_to_clients'::regproc) like '%source_table = ''' || c.relname || '''%'
          as has_rule,
        array(
          select pp.qual from pg_policies pp
          where pp.schemaname = 'public' and pp.tablename = c.relname and pp.cmd in ('SELECT', 'ALL')
        ) as quals
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname = 'audit_row_change'
      order by 1`);
    // Terms a client read policy may OR together without filtering the organization's rows.
    const widening = [
      /\((?:org_)?id = ANY \(\( SELECT private\.(?:member|admin)_org_ids\(\) AS (?:member|admin)_org_ids\)::uuid\[\]\)\)/g,
      /\(user_id = \( SELECT auth\.uid\(\) AS uid\)\)/g,
      /\( SELECT private\.is_staff\(\) AS is_staff\)/g,
    ];
    const offenders = audited.flatMap((t) => {
      const clientQuals = t.quals.filter((qual) => /(member|admin)_org_ids/.test(qual));
      const filtersRows = clientQuals.some(
        (qual) => widening.reduce((rest, term) => rest.replace(term, ""), qual).replace(/[()\s]|\bOR\b/g, "") !== "",
      );
      // Staff-only where clients could read is merely conservative (plans, profiles, documents); the reverse leaks.
      if (t.visible && clientQuals.length === 0) return [`${t.table}: clients cannot read it, but its trail is theirs`];
      if (t.visible && filtersRows && !t.has_rule)
        return [`${t.table}: its read policy filters rows, so its trail needs a rule of its own`];
      return [];
    });
    expect(offenders).toEqual([]);
  });
});

// The two rules that read policy text must recognise what they look for, or they would pass vacuously.
describe("policy text as Postgres prints it", () => {
  it("tells wrapped auth calls from bare ones", () => {
    expect(bareAuthCalls("(user_id = ( SELECT auth.uid() AS uid))")).toEqual([]);
    expect(bareAuthCalls("(( SELECT (auth.jwt() ->> 'role'::text)) = 'x('::text)")).toEqual([]);
    expect(bareAuthCalls("(user_id = auth.uid())")).toHaveLength(1);
    expect(
      bareAuthCalls("(org_id IN ( SELECT m.org_id\n   FROM memberships m\n  WHERE (m.user_id = auth.uid())))"),
    ).toHaveLength(1);
  });

  it("finds the table's columns compared with a subselect", () => {
    const columns = new Set(["org_id", "user_id", "revoked_at"]);
    const text =
      "(((org_id = ANY (( SELECT private.admin_org_ids() AS admin_org_ids))) AND (revoked_at IS NULL)) OR " +
      "(( SELECT auth.uid() AS uid) = user_id) OR (m.user_id = ( SELECT auth.uid() AS uid)))";
    expect(policyColumns(text, columns).sort()).toEqual(["org_id", "user_id"]);
  });
});
