import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";
import { milestoneStates } from "@/src/projects/milestone-states";
import { projectFormSchema } from "@/src/projects/project-form-schema";
import { projectListSearchSchema } from "@/src/projects/project-list-search";
import { todayIn } from "@/src/projects/today-in";

/**
 * The projects pages' queries and writes, run as the organization's users under row-level security: what each
 * organization sees, and what the database refuses (members, the agency's columns, the plan's limit).
 */
const stack = stackForThisFile();

let listProjects: typeof import("@/src/projects/queries/get-projects").getProjects;
let readProject: typeof import("@/src/projects/queries/get-project").getProject;
let readTimeline: typeof import("@/src/projects/queries/get-project-timeline").getProjectTimeline;
let createProject: typeof import("@/src/projects/mutations/create-project").createProject;
let updateProject: typeof import("@/src/projects/mutations/update-project").updateProject;
let mapDatabaseError: typeof import("@/src/db/map-database-error").mapDatabaseError;
let schema: typeof import("@/src/db/schema");

let moda: OrganizationFixture;
let aurora: OrganizationFixture;
let padaria: OrganizationFixture;
let staffId: string;
const ids = {} as Record<"store" | "checkout" | "site" | "portal", string>;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => error,
  );
}

async function insertProject(
  orgId: string,
  values: {
    name: string;
    status?: string;
    completion?: number;
    budget?: number | null;
    due?: string | null;
    manager?: string | null;
  },
) {
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name, status, completion, budget, start_date, due_date, manager_id)
    values (${orgId}, ${values.name}, ${values.status ?? "discovery"}, ${values.completion ?? 0},
      ${values.budget ?? null}, '2026-01-05', ${values.due ?? null}, ${values.manager ?? null})
    returning id`;
  return row!.id;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  ({ getProjects: listProjects } = await import("@/src/projects/queries/get-projects"));
  ({ getProject: readProject } = await import("@/src/projects/queries/get-project"));
  ({ getProjectTimeline: readTimeline } = await import("@/src/projects/queries/get-project-timeline"));
  ({ createProject } = await import("@/src/projects/mutations/create-project"));
  ({ updateProject } = await import("@/src/projects/mutations/update-project"));
  ({ mapDatabaseError } = await import("@/src/db/map-database-error"));
  schema = await import("@/src/db/schema");

  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "enterprise", roles: ["owner"] });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  staffId = await createConfirmedUser(stack, "sergio@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'developer')`;
  await stack.sql`update public.profiles set full_name = 'Sérgio Almeida' where id = ${staffId}`;

  ids.store = await insertProject(moda.id, {
    name: "Loja virtual",
    status: "development",
    completion: 55,
    budget: 148000.5,
    due: "2026-07-01",
    manager: staffId,
  });
  ids.checkout = await insertProject(moda.id, {
    name: "Checkout",
    status: "review",
    completion: 90,
    due: "2026-03-01",
  });
  ids.site = await insertProject(moda.id, { name: "Site institucional", status: "maintenance", completion: 100 });
  ids.portal = await insertProject(aurora.id, { name: "Portal", status: "launched", completion: 100, budget: 320000 });
  await insertProject(padaria.id, { name: "Site da padaria" });

  await stack.sql`
    insert into public.milestones (project_id, org_id, title, due_date, completed_at, position) values
      (${ids.store}, ${moda.id}, 'Layout aprovado', '2026-02-01', '2026-02-03T15:00:00Z', 2),
      (${ids.store}, ${moda.id}, 'Kickoff', '2026-01-10', '2026-01-09T13:00:00Z', 1),
      (${ids.store}, ${moda.id}, 'Desenvolvimento', '2026-03-01', null, 3),
      (${ids.store}, ${moda.id}, 'Lançamento', '2026-07-01', null, 4),
      (${ids.portal}, ${aurora.id}, 'Portal no ar', '2025-10-01', '2025-10-01T12:00:00Z', 1)`;
  await stack.sql`
    insert into public.deliveries (project_id, org_id, title, delivered_at, url, notes) values
      (${ids.store}, ${moda.id}, 'Wireframes', '2026-01-20T12:00:00Z', null, 'Fluxos validados'),
      (${ids.store}, ${moda.id}, 'Protótipo', '2026-02-03T15:00:00Z', 'https://figma.com/design/x', null),
      (${ids.portal}, ${aurora.id}, 'Publicação', '2025-10-01T12:00:00Z', 'https://grupoaurora.com.br/', null)`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the project list", () => {
  it("shows an organization its own projects, work in progress first, with the numbers right", async () => {
    const list = await listProjects(await requestDbAs(moda.users.member), moda.id);
    expect(list.projects.map((p) => p.name)).toEqual(["Checkout", "Loja virtual", "Site institucional"]);
    expect(list.projects[1]).toEqual({
      id: ids.store,
      name: "Loja virtual",
      status: "development",
      completion: 55,
      startDate: "2026-01-05",
      dueDate: "2026-07-01",
      budget: 148000.5,
      currency: "BRL",
    });
    expect(list.projects[0]!.budget).toBeNull();
    expect(list.total).toBe(3);
    expect(list.counts).toEqual({ discovery: 0, design: 0, development: 1, review: 1, launched: 0, maintenance: 1 });
  });

  it("filters by status and still counts every status", async () => {
    const list = await listProjects(await requestDbAs(moda.users.owner), moda.id, { status: "review" });
    expect(list.projects.map((p) => p.id)).toEqual([ids.checkout]);
    expect(list.total).toBe(3);
  });

  it("never shows another organization's projects, even when asked for its id", async () => {
    const modaOwner = await requestDbAs(moda.users.owner);
    const list = await listProjects(modaOwner, aurora.id);
    expect(list.projects).toEqual([]);
    expect(list.total).toBe(0);
    const own = await listProjects(await requestDbAs(aurora.users.owner), aurora.id);
    expect(own.projects.map((p) => p.id)).toEqual([ids.portal]);
  });

  it("reads ?status= with a fallback: an unknown status shows everything", () => {
    expect(projectListSearchSchema.parse({ status: "review" })).toEqual({ status: "review" });
    expect(projectListSearchSchema.parse({ status: "archived" })).toEqual({ status: undefined });
    expect(projectListSearchSchema.parse({ status: ["review", "design"] })).toEqual({ status: undefined });
    expect(projectListSearchSchema.parse({})).toEqual({ status: undefined });
  });
});

describe("a project's page", () => {
  it("reads the project, without the agency lead's name when the client may not see staff profiles", async () => {
    const project = await readProject(await requestDbAs(moda.users.member), moda.id, ids.store);
    expect(project).toMatchObject({ id: ids.store, name: "Loja virtual", budget: 148000.5, managerName: null });
  });

  it("names the lead to whoever may see the profile (staff)", async () => {
    const project = await readProject(await requestDbAs(staffId), moda.id, ids.store);
    expect(project?.managerName).toBe("Sérgio Almeida");
  });

  it("is null for another organization's project, whichever organization id is passed, and for a malformed id", async () => {
    const db = await requestDbAs(moda.users.owner);
    expect(await readProject(db, moda.id, ids.portal)).toBeNull();
    expect(await readProject(db, aurora.id, ids.portal)).toBeNull();
    expect(await readProject(db, moda.id, "not-a-uuid")).toBeNull();
    expect(await readProject(db, moda.id, crypto.randomUUID())).toBeNull();
  });

  it("lists milestones in the agency's order and deliveries latest first", async () => {
    const timeline = await readTimeline(await requestDbAs(moda.users.member), moda.id, ids.store);
    expect(timeline.milestones.map((m) => m.title)).toEqual([
      "Kickoff",
      "Layout aprovado",
      "Desenvolvimento",
      "Lançamento",
    ]);
    expect(timeline.milestones[0]).toEqual({
      id: expect.any(String),
      title: "Kickoff",
      dueDate: "2026-01-10",
      completedAt: new Date("2026-01-09T13:00:00Z"),
    });
    expect(timeline.deliveries).toEqual([
      {
        id: expect.any(String),
        title: "Protótipo",
        deliveredAt: new Date("2026-02-03T15:00:00Z"),
        url: "https://figma.com/design/x",
        notes: null,
      },
      {
        id: expect.any(String),
        title: "Wireframes",
        deliveredAt: new Date("2026-01-20T12:00:00Z"),
        url: null,
        notes: "Fluxos validados",
      },
    ]);
  });

  it("shows nothing of another organization's project timeline", async () => {
    const timeline = await readTimeline(await requestDbAs(moda.users.owner), moda.id, ids.portal);
    expect(timeline).toEqual({ milestones: [], deliveries: [] });
    expect(await readTimeline(await requestDbAs(moda.users.owner), aurora.id, ids.portal)).toEqual({
      milestones: [],
      deliveries: [],
    });
  });

  it("marks completed milestones, the next one and the overdue ones on the organization's day", async () => {
    const timeline = await readTimeline(await requestDbAs(moda.users.member), moda.id, ids.store);
    const states = milestoneStates(timeline.milestones, "2026-04-10");
    expect(states.map(({ title, state, isNext }) => ({ title, state, isNext }))).toEqual([
      { title: "Kickoff", state: "done", isNext: false },
      { title: "Layout aprovado", state: "done", isNext: false },
      { title: "Desenvolvimento", state: "overdue", isNext: true },
      { title: "Lançamento", state: "upcoming", isNext: false },
    ]);
    // Due today is not overdue yet.
    expect(milestoneStates(timeline.milestones, "2026-03-01")[2]!.state).toBe("upcoming");
  });

  it("takes today in the organization's time zone", () => {
    const lateEvening = new Date("2026-03-02T01:30:00Z");
    expect(todayIn("America/Sao_Paulo", lateEvening)).toBe("2026-03-01");
    expect(todayIn("UTC", lateEvening)).toBe("2026-03-02");
  });
});

describe("starting a project", () => {
  const values = {
    name: "App de fidelidade",
    description: "Pontos e cashback",
    startDate: "2026-05-01",
    dueDate: "2026-09-30",
  };

  it("works for an owner: the project starts in discovery at 0 %, with no budget or manager", async () => {
    const { id } = await createProject(await requestDbAs(moda.users.owner), moda.id, values);
    const [row] = await stack.sql`
      select org_id, name, description, status, completion, budget, manager_id,
        start_date::text as start_date, due_date::text as due_date
      from public.projects where id = ${id}`;
    expect(row).toEqual({
      org_id: moda.id,
      name: "App de fidelidade",
      description: "Pontos e cashback",
      status: "discovery",
      completion: 0,
      budget: null,
      manager_id: null,
      start_date: "2026-05-01",
      due_date: "2026-09-30",
    });
  });

  it("works for an admin, with only a name", async () => {
    const { id } = await createProject(await requestDbAs(moda.users.admin), moda.id, {
      name: "Landing de inverno",
      description: null,
      startDate: null,
      dueDate: null,
    });
    expect(await readProject(await requestDbAs(moda.users.member), moda.id, id)).toMatchObject({
      name: "Landing de inverno",
    });
  });

  it("is refused to a member (forbidden)", async () => {
    const refused = await failure(createProject(await requestDbAs(moda.users.member), moda.id, values));
    expect(mapDatabaseError(refused).code).toBe("forbidden");
  });

  it("is refused in another organization (forbidden)", async () => {
    const refused = await failure(createProject(await requestDbAs(moda.users.owner), aurora.id, values));
    expect(mapDatabaseError(refused).code).toBe("forbidden");
  });

  it("is refused at the Free plan's one-project limit, with the numbers the upgrade offer shows", async () => {
    const refused = await failure(createProject(await requestDbAs(padaria.users.owner), padaria.id, values));
    expect(mapDatabaseError(refused)).toMatchObject({
      code: "tier_limit_exceeded",
      tierLimit: { limit: "projects", value: 1, usage: 1 },
    });
    const [count] = await stack.sql<
      { n: number }[]
    >`select count(*)::int as n from public.projects where org_id = ${padaria.id}`;
    expect(count!.n).toBe(1);
  });

  it("cannot set the agency's columns: an admin inserting a status is refused (forbidden)", async () => {
    const db = await requestDbAs(moda.users.admin);
    const withStatus = await failure(
      db((tx) => tx.insert(schema.projects).values({ orgId: moda.id, name: "Já lançado", status: "launched" })),
    );
    expect(mapDatabaseError(withStatus).code).toBe("forbidden");
    const withBudget = await failure(
      db((tx) => tx.insert(schema.projects).values({ orgId: moda.id, name: "Com orçamento", budget: "1000.00" })),
    );
    expect(mapDatabaseError(withBudget).code).toBe("forbidden");
  });
});

describe("editing a project", () => {
  it("lets an admin change the name, description and dates, and nothing else moves", async () => {
    await updateProject(await requestDbAs(moda.users.admin), moda.id, ids.checkout, {
      name: "Checkout em uma página",
      description: "Pix e frete antes do login",
      startDate: "2026-01-10",
      dueDate: "2026-03-15",
    });
    const project = await readProject(await requestDbAs(moda.users.member), moda.id, ids.checkout);
    expect(project).toMatchObject({
      name: "Checkout em uma página",
      description: "Pix e frete antes do login",
      startDate: "2026-01-10",
      dueDate: "2026-03-15",
      status: "review",
      completion: 90,
    });
  });

  it("is not_found for a member (row-level security matches nothing) and for another organization's project", async () => {
    const edit = { name: "X", description: null, startDate: null, dueDate: null };
    const asMember = await failure(updateProject(await requestDbAs(moda.users.member), moda.id, ids.checkout, edit));
    expect(mapDatabaseError(asMember).code).toBe("not_found");
    const elsewhere = await failure(updateProject(await requestDbAs(moda.users.owner), aurora.id, ids.portal, edit));
    expect(mapDatabaseError(elsewhere).code).toBe("not_found");
    const [portal] = await stack.sql`select name from public.projects where id = ${ids.portal}`;
    expect(portal!.name).toBe("Portal");
  });
});

describe("the project form's schema", () => {
  const issues = (input: Record<string, unknown>) => {
    const result = projectFormSchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  };

  it("trims, and treats blank optional fields as not given", () => {
    expect(projectFormSchema.parse({ name: "  Site  ", description: "   ", startDate: "", dueDate: "" })).toEqual({
      name: "Site",
    });
  });

  it("requires a name of at most 120 characters", () => {
    expect(issues({ name: "   " }).map((i) => i.path)).toEqual(["name"]);
    expect(issues({ name: "x".repeat(121) })).toEqual([{ path: "name", message: "name_too_long" }]);
    expect(issues({ name: "x".repeat(120) })).toEqual([]);
  });

  it("limits the description to 2000 characters", () => {
    expect(issues({ name: "Site", description: "x".repeat(2001) }).map((i) => i.path)).toEqual(["description"]);
  });

  it("refuses a due date before the start, even while another field is wrong", () => {
    expect(issues({ name: "Site", startDate: "2026-05-02", dueDate: "2026-05-01" }).map((i) => i.path)).toEqual([
      "dueDate",
    ]);
    expect(issues({ name: "", startDate: "2026-05-02", dueDate: "2026-05-01" }).map((i) => i.path)).toEqual([
      "name",
      "dueDate",
    ]);
    expect(issues({ name: "Site", startDate: "2026-05-01", dueDate: "2026-05-01" })).toEqual([]);
    expect(issues({ name: "Site", startDate: "2026-02-30" }).map((i) => i.path)).toEqual(["startDate"]);
  });

  it("accepts the workspace's org field and an id when extended, keeping the date rule", () => {
    const extended = projectFormSchema.extend({ org: z.string() });
    expect(
      extended.safeParse({ name: "Site", org: "moda", startDate: "2026-05-02", dueDate: "2026-05-01" }).success,
    ).toBe(false);
  });
});
