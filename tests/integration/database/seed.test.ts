import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { currentTotpCode } from "../../../supabase/local/auth/mfa/totp.ts";
import { verifiedTotpSecrets } from "../../../supabase/local/auth/mfa/verified-totp-secrets.ts";
import { analysisResultSchema } from "../../../src/analyzer/analysis-result.ts";
import { stackForThisFile } from "../../support/stack.ts";
import { decodeJwt, redirectOf, userClient } from "../auth/clients.ts";

/**
 * The demo data of supabase/seed.sql, applied as `npm run dev` applies it: by the postgres superuser, after
 * every migration, with every trigger active. A broken rule (limit, protected column, plan feature) fails the
 * seed itself; these tests check that what it leaves behind is the promised showcase, consistent with itself.
 */
const stack = stackForThisFile();
const seedFile = join(process.cwd(), "supabase", "seed.sql");
const devScript = join(process.cwd(), "scripts", "dev.ts");
const demoPassword = "arco-demo-2026";
const ticketStatuses = ["open", "in_progress", "waiting_client", "resolved", "closed"];

/**
 * Tables whose rows depend on what the plan offers, and the plan facts that allow them. Campaigns need an ad
 * platform, AI documents an AI tier, invitations a free seat next to the owner's.
 */
const allowedByPlan: Record<string, (plan: Plan) => boolean> = {
  campaigns: (plan) => plan.campaign_platforms > 0,
  campaign_metrics: (plan) => plan.campaign_platforms > 0,
  documents: (plan) => plan.ai_insights !== "none",
  embeddings: (plan) => plan.ai_insights !== "none",
  invitations: (plan) => plan.team_members === null || plan.team_members > 1,
};
/** Exceptions granted to single clients, renamed slugs and missed SLAs: not something every organization has. */
// Rows that only a person's request makes (an override, a rename, a breach, a data export), or that hold a
// real credential or a real provider's answer (connected ad accounts and traffic sources, an organization's own
// OpenAI key, insights and their metered usage): demo data need not hold one for every organization.
const notExpectedEverywhere = new Set([
  "ad_accounts",
  "ai_insights",
  "ai_usage",
  "data_exports",
  "openai_keys",
  "traffic_sources",
  "org_limit_overrides",
  "organization_slug_history",
  "ticket_sla_breaches",
]);

interface Plan {
  tier: string;
  org_id: string;
  campaign_platforms: number;
  ai_insights: string;
  team_members: number | null;
}

let orgs: Plan[] = [];

beforeAll(async () => {
  // A reserved connection: the seed begins and commits its own transaction, which postgres.js refuses on a pool.
  const connection = await stack.sql.reserve();
  try {
    await connection.unsafe(readFileSync(seedFile, "utf8"));
  } finally {
    connection.release();
  }
  orgs = await stack.sql<Plan[]>`
    select o.tier, o.id as org_id, jsonb_array_length(p.features -> 'campaign_platforms') as campaign_platforms,
      p.features ->> 'ai_insights' as ai_insights,
      (select pl.value from public.plan_limits pl where pl.plan_key = o.tier and pl.limit_key = 'team_members')::int
        as team_members
    from public.organizations o join public.plans p on p.key = o.tier
    order by p.sort_order`;
}, 120_000);

describe("seed: who is there", () => {
  it("has four client organizations, one per tier, and two staff members (an admin and a developer)", async () => {
    expect(orgs.map((o) => o.tier)).toEqual(["free", "basic", "pro", "enterprise"]);
    const staff = await stack.sql<{ role: string }[]>`select role from public.staff order by role`;
    expect(staff.map((s) => s.role)).toEqual(["admin", "developer"]);
  });

  it("gives the rows people navigate to ids that strict UUID validators accept", async () => {
    const ids = await stack.sql<{ id: string }[]>`
      select id::text from public.organizations union all select id::text from auth.users
      union all select id::text from public.projects union all select id::text from public.support_tickets`;
    expect(ids.filter(({ id }) => !z.uuid().safeParse(id).success)).toEqual([]);
  });

  it("gives each organization an owner, and the paid ones admins and members too", async () => {
    const roles = await stack.sql<{ tier: string; roles: string[] }[]>`
      select o.tier, array_agg(distinct m.role order by m.role) as roles
      from public.memberships m join public.organizations o on o.id = m.org_id
      where m.status = 'accepted'
      group by o.tier`;
    const byTier = Object.fromEntries(roles.map((r) => [r.tier, r.roles]));
    expect(byTier).toEqual({
      free: ["owner"],
      basic: ["admin", "member", "owner"],
      pro: ["admin", "member", "owner"],
      enterprise: ["admin", "member", "owner"],
    });
  });

  it("makes demo@arco.local the owner of the Pro organization; enterprise has white label and signs in by SSO domain", async () => {
    const [demo] = await stack.sql<{ tier: string; role: string }[]>`
      select o.tier, m.role from public.memberships m
      join public.organizations o on o.id = m.org_id
      join auth.users u on u.id = m.user_id
      where u.email = 'demo@arco.local'`;
    expect(demo).toEqual({ tier: "pro", role: "owner" });
    const [enterprise] = await stack.sql<{ white_label: Record<string, string> }[]>`
      select white_label from public.organizations where tier = 'enterprise'`;
    expect(enterprise!.white_label.custom_domain).toMatch(/\.com\.br$/);
    expect(enterprise!.white_label.primary_color).toMatch(/^#[0-9A-F]{6}$/i);
    const domains = await stack.sql<{ domain: string; sso: boolean }[]>`
      select distinct split_part(u.email, '@', 2) as domain,
        exists (select 1 from auth.sso_domains d where d.domain = split_part(u.email, '@', 2)) as sso
      from public.memberships m
      join public.organizations o on o.id = m.org_id
      join auth.users u on u.id = m.user_id
      where o.tier = 'enterprise'`;
    expect(domains).toEqual([{ domain: "grupo-aurora.test", sso: true }]);
  });

  it("lists every seeded account in the sign-ins `npm run dev` prints", async () => {
    const printed = readFileSync(devScript, "utf8");
    const users = await stack.sql<{ email: string }[]>`select email from auth.users order by email`;
    expect(users.length).toBeGreaterThanOrEqual(10);
    expect(users.filter((u) => !printed.includes(u.email)).map((u) => u.email)).toEqual([]);
  });

  it("confirms every demo account, and each signs in with the demo password", async () => {
    const users = await stack.sql<{ email: string; confirmed: boolean }[]>`
      select email, email_confirmed_at is not null as confirmed from auth.users order by email`;
    expect(users.filter((u) => !u.confirmed)).toEqual([]);
    for (const { email } of users) {
      const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false } });
      const { data, error } = await client.auth.signInWithPassword({ email, password: demoPassword });
      expect(error, email).toBeNull();
      expect(data.user?.email).toBe(email);
    }
  });
  it("gives the demo staff a verified authenticator whose current code (what `npm run totp` prints) makes them staff", async () => {
    const staff = await stack.sql<{ email: string }[]>`
      select u.email from public.staff s join auth.users u on u.id = s.user_id order by u.email`;
    const secrets = await verifiedTotpSecrets(stack.sql);
    expect(secrets.map((factor) => factor.email)).toEqual(staff.map((member) => member.email));
    for (const { email, secret } of secrets) {
      const client = userClient(stack);
      await client.auth.signInWithPassword({ email, password: demoPassword });
      const before = await client.auth.mfa.getAuthenticatorAssuranceLevel();
      expect(before.data, email).toMatchObject({ currentLevel: "aal1", nextLevel: "aal2" });
      const { data: factors } = await client.auth.mfa.listFactors();
      const factorId = factors!.totp[0]!.id;
      const verified = await client.auth.mfa.challengeAndVerify({ factorId, code: currentTotpCode(secret) });
      expect(verified.error, email).toBeNull();
      // The claims of the new token are what the app's withUser hands to RLS.
      const claims = JSON.stringify(decodeJwt(verified.data!.access_token).payload);
      const [seen] = await stack.sql.begin(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`;
        return tx<{ n: number }[]>`select count(*)::int as n from public.staff`;
      });
      expect(seen?.n, `${email} reads every staff row at aal2`).toBe(staff.length);
    }
  });

  it("signs the enterprise owner into her seeded account through the company's SSO", async () => {
    const email = "helena@grupo-aurora.test";
    const client = userClient(stack, { flowType: "pkce" });
    const { data, error } = await client.auth.signInWithSSO({
      domain: "grupo-aurora.test",
      options: { redirectTo: "http://127.0.0.1:3000/auth/callback", skipBrowserRedirect: true },
    });
    expect(error).toBeNull();
    const page = new URL(data!.url);
    const finish = await redirectOf(page, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ flow: page.searchParams.get("flow") ?? "", email, name: "Helena Prado" }),
    });
    const { data: session, error: exchangeError } = await client.auth.exchangeCodeForSession(
      finish.location.searchParams.get("code") ?? "",
    );
    expect(exchangeError).toBeNull();
    const [seeded] = await stack.sql<{ id: string }[]>`select id from auth.users where email = ${email}`;
    expect(session.user?.id).toBe(seeded!.id);
  });
});

describe("seed: every table", () => {
  it("fills every public table with org_id for every organization whose plan allows it", async () => {
    const tables = await stack.sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
      order by 1`;
    expect(tables.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const { table_name: table } of tables) {
      if (notExpectedEverywhere.has(table)) continue;
      const counts = await stack.sql<{ org_id: string; n: number }[]>`
        select org_id, count(*)::int as n from ${stack.sql("public." + table)} group by org_id`;
      const byOrg = new Map(counts.map((c) => [c.org_id, c.n]));
      for (const org of orgs) {
        const allowed = allowedByPlan[table]?.(org) ?? true;
        const n = byOrg.get(org.org_id) ?? 0;
        if (allowed && n === 0) problems.push(`${table}: no rows for ${org.tier}`);
        if (!allowed && n > 0) problems.push(`${table}: ${n} rows for ${org.tier}, whose plan does not offer it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("covers the global tables too (funnel, billing ledger, jobs, impersonation, rate limits)", async () => {
    for (const table of [
      "leads",
      "url_analyses",
      "rate_limit_hits",
      "stripe_events",
      "job_runs",
      "impersonation_sessions",
    ]) {
      const [{ n }] = await stack.sql<[{ n: number }]>`select count(*)::int as n from ${stack.sql("public." + table)}`;
      expect(n, table).toBeGreaterThan(0);
    }
  });

  it("has tickets in every status in every organization", async () => {
    const rows = await stack.sql<{ tier: string; statuses: string[] }[]>`
      select o.tier, array_agg(distinct t.status order by t.status) as statuses
      from public.support_tickets t join public.organizations o on o.id = t.org_id group by o.tier`;
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.statuses, row.tier).toEqual([...ticketStatuses].sort());
  });

  it("answers tickets as the data says: first response by a staff reply, SLA from the plan, resolution when done", async () => {
    const wrong = await stack.sql<{ id: string; problem: string }[]>`
      select t.id, case
        when t.sla_hours is distinct from p.sla_first_response_hours then 'sla'
        when t.first_response_at is distinct from (
          select min(m.created_at) from public.ticket_messages m join public.staff s on s.user_id = m.author_id
          where m.ticket_id = t.id and not m.is_internal) then 'first response'
        when (t.status in ('resolved', 'closed')) <> (t.resolved_at is not null) then 'resolution'
        when t.status <> 'open' and t.assignee_id is null then 'assignee'
      end as problem
      from public.support_tickets t
      join public.organizations o on o.id = t.org_id
      join public.plans p on p.key = o.tier`;
    expect(wrong.filter((w) => w.problem !== null)).toEqual([]);
  });
});

describe("seed: limits and counters", () => {
  it("keeps every organization within its plan limits (overrides included)", async () => {
    const over = await stack.sql<{ tier: string; limit_key: string; usage: string; max: string }[]>`
      with usage as (
        select o.id as org_id, 'projects' as limit_key, (select count(*) from public.projects x where x.org_id = o.id) as usage
        from public.organizations o
        union all
        select o.id, 'domains', (select count(*) from public.domains x where x.org_id = o.id) from public.organizations o
        union all
        select o.id, 'team_members', (select count(*) from public.memberships m where m.org_id = o.id)
          + (select count(*) from public.invitations i where i.org_id = o.id and i.accepted_at is null and i.expires_at > now())
        from public.organizations o
        union all
        select o.id, 'storage_bytes', (select coalesce(sum((s.metadata ->> 'size')::bigint), 0) from storage.objects s
          where s.bucket_id = 'client-files' and s.name like o.id::text || '/%')
        from public.organizations o
        union all
        select t.org_id, 'tickets_per_month', count(*)
        from public.support_tickets t join public.organizations o on o.id = t.org_id
        group by t.org_id, to_char(t.created_at at time zone o.time_zone, 'YYYY-MM')
      )
      select o.tier, u.limit_key, u.usage::text, coalesce(ov.value, pl.value)::text as max
      from usage u
      join public.organizations o on o.id = u.org_id
      join public.plan_limits pl on pl.plan_key = o.tier and pl.limit_key = u.limit_key
      left join public.org_limit_overrides ov on ov.org_id = o.id and ov.limit_key = u.limit_key
      where coalesce(ov.value, pl.value) is not null and u.usage > coalesce(ov.value, pl.value)`;
    expect(over).toEqual([]);
  });

  it("uses the free and basic project allowances fully, so the upgrade offer has something to show", async () => {
    const full = await stack.sql<{ tier: string }[]>`
      select o.tier from public.organizations o
      join public.plan_limits pl on pl.plan_key = o.tier and pl.limit_key = 'projects'
      where pl.value = (select count(*) from public.projects p where p.org_id = o.id)
      order by 1`;
    expect(full.map((f) => f.tier)).toEqual(["basic", "free"]);
  });

  it("keeps usage counters equal to what they count: tickets, and the bytes stored in client-files", async () => {
    const mismatches = await stack.sql<
      { org_id: string; metric: string; period: string; counter: string; actual: string }[]
    >`
      with actual as (
        select t.org_id, 'tickets' as metric, to_char(t.created_at at time zone o.time_zone, 'YYYY-MM') as period,
          count(*) as value
        from public.support_tickets t join public.organizations o on o.id = t.org_id
        group by 1, 3
        union all
        select o.id, 'storage_bytes', 'total', (select coalesce(sum((s.metadata ->> 'size')::bigint), 0) from storage.objects s
          where s.bucket_id = 'client-files' and s.name like o.id::text || '/%')
        from public.organizations o
      )
      select coalesce(a.org_id, c.org_id) as org_id, coalesce(a.metric, c.metric) as metric,
        coalesce(a.period, c.period) as period, c.value::text as counter, a.value::text as actual
      from actual a
      full join public.usage_counters c on c.org_id = a.org_id and c.metric = a.metric and c.period = a.period
      where c.value is distinct from a.value and not (a.value = 0 and c.value is null)`;
    expect(mismatches).toEqual([]);
  });

  it("backs every file row with its storage object of the same size, inside the organization's folder", async () => {
    const [check] = await stack.sql<[{ files: number; objects: number; matched: number }]>`
      select (select count(*)::int from public.storage_files) as files,
        (select count(*)::int from storage.objects where bucket_id = 'client-files') as objects,
        (select count(*)::int from public.storage_files f
          join storage.objects o on o.bucket_id = f.bucket_id and o.name = f.object_name
          where (o.metadata ->> 'size')::bigint = f.size_bytes and o.name like f.org_id::text || '/%') as matched`;
    expect(check.files).toBeGreaterThan(0);
    expect(check).toEqual({ files: check.files, objects: check.files, matched: check.files });
  });

  it("gives the orphan sweep nothing to remove: every stored object is referenced", async () => {
    const orphans = await stack.sql<{ bucket_id: string; name: string }[]>`
      select bucket_id, name from storage.objects where not private.object_is_referenced(bucket_id, name)`;
    expect(orphans).toEqual([]);
  });
});

describe("seed: history that tells a story", () => {
  it("spans about six months up to today in the daily tables", async () => {
    const spans = await stack.sql<{ table: string; days: number; newest: number }[]>`
      select 'network_usage' as table, (max(day) - min(day))::int as days, (current_date - max(day))::int as newest
      from public.network_usage
      union all
      select 'campaign_metrics', (max(day) - min(day))::int, (current_date - max(day))::int from public.campaign_metrics`;
    for (const span of spans) {
      expect(span.days, span.table).toBeGreaterThanOrEqual(170);
      expect(span.newest, span.table).toBeLessThanOrEqual(2);
    }
  });

  it("draws performance trends: the clinic improving, the bakery regressing", async () => {
    const trends = await stack.sql<{ tier: string; first: number; last: number }[]>`
      select o.tier,
        avg(p.lcp_ms) filter (where p.measured_at < now() - interval '150 days')::float8 as first,
        avg(p.lcp_ms) filter (where p.measured_at > now() - interval '30 days')::float8 as last
      from public.performance_metrics p join public.organizations o on o.id = p.org_id
      where p.source = 'lighthouse'
      group by o.tier`;
    const byTier = Object.fromEntries(trends.map((t) => [t.tier, t]));
    expect(byTier.basic!.last).toBeLessThan(byTier.basic!.first * 0.6);
    expect(byTier.free!.last).toBeGreaterThan(byTier.free!.first * 1.3);
    const grades = await stack.sql<{ grade: string }[]>`
      select distinct grade from public.performance_metrics where source = 'lighthouse'`;
    expect(grades.length).toBeGreaterThanOrEqual(3);
  });

  it("has resolved incidents and exactly one ongoing, whose failed checks run up to now", async () => {
    const [incidents] = await stack.sql<[{ resolved: number; ongoing: number; failing_now: number }]>`
      select count(*) filter (where resolved_at is not null)::int as resolved,
        count(*) filter (where resolved_at is null)::int as ongoing,
        (select count(*)::int from public.uptime_checks u
          where not u.ok and u.checked_at > now() - interval '20 minutes') as failing_now
      from public.incidents`;
    expect(incidents.resolved).toBeGreaterThanOrEqual(3);
    expect(incidents.ongoing).toBe(1);
    expect(incidents.failing_now).toBeGreaterThan(0);
  });

  it("runs campaigns only on the plan's platforms, with plausible CTR, CPC and ROAS", async () => {
    const campaigns = await stack.sql<
      { tier: string; platform: string; allowed: boolean; ctr: number; cpc: number; roas: number }[]
    >`
      select o.tier, c.platform, (p.features -> 'campaign_platforms') ? c.platform as allowed,
        (sum(m.clicks)::numeric / sum(m.impressions))::float8 as ctr,
        (sum(m.cost) / sum(m.clicks))::float8 as cpc,
        (sum(m.revenue) / sum(m.cost))::float8 as roas
      from public.campaigns c
      join public.organizations o on o.id = c.org_id
      join public.plans p on p.key = o.tier
      join public.campaign_metrics m on m.campaign_id = c.id
      group by o.tier, c.platform, p.features`;
    expect(new Set(campaigns.map((c) => `${c.tier}:${c.platform}`))).toEqual(
      new Set(["basic:google_ads", "pro:google_ads", "pro:meta_ads", "enterprise:google_ads", "enterprise:meta_ads"]),
    );
    for (const c of campaigns) {
      expect(c.allowed, `${c.tier} ${c.platform}`).toBe(true);
      expect(c.ctr).toBeGreaterThan(0.005);
      expect(c.ctr).toBeLessThan(0.2);
      expect(c.cpc).toBeGreaterThan(0.3);
      expect(c.cpc).toBeLessThan(6);
      expect(c.roas).toBeGreaterThan(1);
      expect(c.roas).toBeLessThan(25);
    }
  });

  it("stores finished analyses whose result is a valid analyzer report", async () => {
    const analyses = await stack.sql<{ status: string; result: unknown }[]>`
      select status, result from public.url_analyses`;
    const done = analyses.filter((a) => a.status === "done");
    expect(done.length).toBeGreaterThanOrEqual(10);
    for (const analysis of done) expect(() => analysisResultSchema.parse(analysis.result)).not.toThrow();
    expect(analyses.some((a) => a.status === "failed")).toBe(true);
  });

  it("leaves an audit trail with the people who acted through row-level security", async () => {
    const actors = await stack.sql<{ email: string }[]>`
      select distinct u.email from public.audit_log a join auth.users u on u.id = a.actor_id order by 1`;
    expect(actors.map((a) => a.email)).toEqual(["demo@arco.local", "dev@arco.local", "staff@arco.local"]);
  });

  it("shows each organization's owners and admins only the trail of rows and columns they read in the source", async () => {
    const admins = await stack.sql<{ user_id: string; email: string }[]>`
      select m.user_id, u.email from public.memberships m join auth.users u on u.id = m.user_id
      where m.status = 'accepted' and m.role in ('owner', 'admin') order by u.email`;
    expect(admins.length).toBeGreaterThan(3);
    const internalNotes = await stack.sql`select 1 from public.ticket_messages where is_internal`;
    expect(internalNotes.length, "the seed has internal notes to hide").toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const admin of admins) {
      await stack.sql
        .begin(async (tx) => {
          await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: admin.user_id, role: "authenticated" })}, true)`;
          await tx`set local role authenticated`;
          // One pass per audited table (not per entry), so the sweep stays quick however long the trail is.
          const tables = await tx<{ table_name: string }[]>`
            select distinct table_name from public.audit_log where action <> 'delete' and row_id is not null`;
          for (const { table_name: table } of tables) {
            const source = tx("public." + table);
            const unreadable = await tx<{ row_id: string }[]>`
              select distinct a.row_id from public.audit_log a
              where a.table_name = ${table} and a.action <> 'delete' and a.row_id is not null
                and not exists (select 1 from ${source} t where t.id::text = a.row_id)`;
            for (const { row_id } of unreadable) leaks.push(`${admin.email}: ${table} ${row_id} (row)`);
            const shown = await tx<{ k: string }[]>`
              select distinct e.k from public.audit_log a, jsonb_each(coalesce(a.after, '{}') || coalesce(a.before, '{}')) e(k, v)
              where a.table_name = ${table} and a.action <> 'delete' and a.row_id is not null
                and not has_column_privilege('authenticated', ${"public." + table}::regclass, e.k, 'SELECT')
                and e.v <> to_jsonb('[redacted]'::text)`;
            for (const { k } of shown) leaks.push(`${admin.email}: ${table}.${k} (column)`);
          }
          throw new Error("rollback");
        })
        .catch((error: Error) => {
          if (error.message !== "rollback") throw error;
        });
    }
    // Rows deleted since are not checked; every other entry an admin reads is one they read at the source.
    expect(leaks).toEqual([]);
  });
});
