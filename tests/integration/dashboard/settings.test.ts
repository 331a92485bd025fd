import { beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";
import { brandingSchema, deleteOrganizationSchema, generalSettingsSchema } from "@/src/settings/settings-schemas";
import { brandColorContrast } from "@/src/settings/contrast-ratio";

/**
 * The settings page's writes, run as the organization's users under row-level security: who may change what,
 * the slug's history (old links redirect, old slugs stay reserved), branding only on white-label plans, and
 * deleting the organization (owner, typed slug, no billing subscription).
 */
const stack = stackForThisFile();

let updateGeneralSettings: typeof import("@/src/settings/mutations/update-general-settings").updateGeneralSettings;
let updateBranding: typeof import("@/src/settings/mutations/update-branding").updateBranding;
let deleteOrganization: typeof import("@/src/settings/mutations/delete-organization").deleteOrganization;
let getOrganizationSettings: typeof import("@/src/settings/queries/get-organization-settings").getOrganizationSettings;
let findRenamedOrganization: typeof import("@/src/workspace/queries/find-renamed-organization").findRenamedOrganization;
let mapDatabaseError: typeof import("@/src/db/map-database-error").mapDatabaseError;

let loja: OrganizationFixture;
let grupo: OrganizationFixture;

const general = (overrides: Record<string, string> = {}) =>
  generalSettingsSchema.parse({
    name: "Loja Azul",
    slug: "loja",
    timeZone: "America/Sao_Paulo",
    locale: "pt-BR",
    billingEmail: "",
    ...overrides,
  });

async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => mapDatabaseError(error).code,
  );
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  ({ updateGeneralSettings } = await import("@/src/settings/mutations/update-general-settings"));
  ({ updateBranding } = await import("@/src/settings/mutations/update-branding"));
  ({ deleteOrganization } = await import("@/src/settings/mutations/delete-organization"));
  ({ getOrganizationSettings } = await import("@/src/settings/queries/get-organization-settings"));
  ({ findRenamedOrganization } = await import("@/src/workspace/queries/find-renamed-organization"));
  ({ mapDatabaseError } = await import("@/src/db/map-database-error"));
  loja = await createOrganization(stack, { slug: "loja", tier: "pro" });
  grupo = await createOrganization(stack, { slug: "grupo", tier: "enterprise" });
});

describe("general settings", () => {
  it("lets owners and admins save name, time zone, language and billing email", async () => {
    await updateGeneralSettings(
      await requestDbAs(loja.users.admin),
      loja.id,
      general({ timeZone: "Europe/Lisbon", locale: "en", billingEmail: " Financeiro@Loja.test " }),
    );
    const [row] =
      await stack.sql`select name, time_zone, locale, billing_email from public.organizations where id = ${loja.id}`;
    expect(row).toEqual({
      name: "Loja Azul",
      time_zone: "Europe/Lisbon",
      locale: "en",
      billing_email: "Financeiro@Loja.test",
    });
    expect(await getOrganizationSettings(await requestDbAs(loja.users.member), loja.id)).toEqual({
      billingEmail: "Financeiro@Loja.test",
    });
  });

  it("refuses members, and other organizations see nothing to change", async () => {
    expect(
      await refusal(updateGeneralSettings(await requestDbAs(loja.users.member), loja.id, general({ name: "Hacked" }))),
    ).toBe("forbidden");
    expect(
      await refusal(updateGeneralSettings(await requestDbAs(grupo.users.owner), loja.id, general({ name: "Hacked" }))),
    ).toBe("forbidden");
    const [row] = await stack.sql`select name from public.organizations where id = ${loja.id}`;
    expect(row!.name).toBe("Loja Azul");
  });

  it("validates every field before the database sees it", () => {
    const bad = generalSettingsSchema.safeParse({
      name: " ",
      slug: "-Nope-",
      timeZone: "Mars/Olympus",
      locale: "fr",
      billingEmail: "not-an-email",
    });
    expect(bad.success).toBe(false);
    expect(new Set(bad.error!.issues.map((issue) => issue.path[0]))).toEqual(
      new Set(["name", "slug", "timeZone", "locale", "billingEmail"]),
    );
    expect(general({ slug: "  Loja-Nova " }).slug).toBe("loja-nova");
    expect(generalSettingsSchema.safeParse({ ...general(), name: "x".repeat(201) }).success).toBe(false);
  });

  it("moves to a new slug, redirects the old one for members only, and keeps it reserved", async () => {
    await updateGeneralSettings(await requestDbAs(loja.users.owner), loja.id, general({ slug: "loja-azul" }));
    expect(await findRenamedOrganization(await requestDbAs(loja.users.member), "loja")).toBe("loja-azul");
    expect(await findRenamedOrganization(await requestDbAs(grupo.users.owner), "loja")).toBeNull();
    expect(
      await refusal(
        updateGeneralSettings(await requestDbAs(grupo.users.owner), grupo.id, general({ name: "Grupo", slug: "loja" })),
      ),
    ).toBe("conflict");
    expect(
      await refusal(
        updateGeneralSettings(
          await requestDbAs(grupo.users.owner),
          grupo.id,
          general({ name: "Grupo", slug: "loja-azul" }),
        ),
      ),
    ).toBe("conflict");
    await updateGeneralSettings(await requestDbAs(loja.users.owner), loja.id, general({ slug: "loja" }));
    expect(await findRenamedOrganization(await requestDbAs(loja.users.member), "loja-azul")).toBe("loja");
  });
});

describe("branding", () => {
  const branding = (overrides: Record<string, string> = {}) =>
    brandingSchema.parse({ brandName: "Grupo", primaryColor: "#0f4c81", accentColor: "#F2A900", ...overrides });

  it("saves the brand of a white-label organization and keeps what the agency set", async () => {
    await stack.sql`update public.organizations set white_label = '{"custom_domain": "painel.grupo.test"}' where id = ${grupo.id}`;
    const { previousLogoObject } = await updateBranding(await requestDbAs(grupo.users.admin), grupo.id, {
      ...branding(),
      logoObject: `${grupo.id}/logo.png`,
    });
    expect(previousLogoObject).toBeNull();
    const [row] = await stack.sql`select white_label from public.organizations where id = ${grupo.id}`;
    expect(row!.white_label).toEqual({
      brand_name: "Grupo",
      primary_color: "#0F4C81",
      accent_color: "#F2A900",
      logo_object: `${grupo.id}/logo.png`,
      custom_domain: "painel.grupo.test",
    });
    const removed = await updateBranding(await requestDbAs(grupo.users.owner), grupo.id, {
      ...branding(),
      logoObject: null,
    });
    expect(removed.previousLogoObject).toBe(`${grupo.id}/logo.png`);
  });

  it("refuses branding on plans without white label, and members", async () => {
    expect(await refusal(updateBranding(await requestDbAs(loja.users.owner), loja.id, branding()))).toBe(
      "tier_limit_exceeded",
    );
    expect(await refusal(updateBranding(await requestDbAs(grupo.users.member), grupo.id, branding()))).toBe(
      "forbidden",
    );
  });

  it("refuses colours that are not colours, or that the text drawn on them would not be read against", () => {
    const valid = (primaryColor: string, accentColor: string) =>
      brandingSchema.safeParse({ brandName: "", primaryColor, accentColor }).success;
    expect(brandColorContrast("primary", "#0F4C81")).toBeGreaterThanOrEqual(4.5);
    for (const color of ["red", "#12345", "#GGGGGG", "#F2A900"]) expect(valid(color, "#F2A900")).toBe(false);
    // A gold accent carries the dashboard's dark text well; a navy one does not.
    expect(valid("#0F4C81", "#F2A900")).toBe(true);
    expect(valid("#0F4C81", "#0F4C81")).toBe(false);
  });

  it("accepts only small raster logos", () => {
    const file = (type: string, bytes: number) => new File([new Uint8Array(bytes)], "logo", { type });
    const parse = (logo: File) =>
      brandingSchema.safeParse({ brandName: "", primaryColor: "#0F4C81", accentColor: "#F2A900", logo }).success;
    expect(parse(file("image/png", 2048))).toBe(true);
    expect(parse(file("image/svg+xml", 2048))).toBe(false);
    expect(parse(file("text/html", 2048))).toBe(false);
    expect(parse(file("image/png", 600 * 1024))).toBe(false);
    expect(parse(file("image/png", 0))).toBe(false);
  });
});

describe("deleting the organization", () => {
  it("is the owner's alone, with the slug typed exactly, and not while a subscription bills", async () => {
    const doomed = await createOrganization(stack, { slug: "fechada", tier: "basic" });
    const confirm = (value: string) => deleteOrganizationSchema.parse({ confirmation: value }).confirmation;
    expect(
      await refusal(deleteOrganization(await requestDbAs(doomed.users.admin), doomed.id, confirm("fechada"))),
    ).toBe("forbidden");
    expect(
      await refusal(deleteOrganization(await requestDbAs(doomed.users.owner), doomed.id, confirm("Fechada"))),
    ).toBe("invalid_input");
    await stack.sql`
      insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
        current_period_end, amount, currency, interval)
      values (${doomed.id}, 'sub_fechada', 'basic', 'active', now(), now() + interval '1 month', 297, 'BRL', 'month')`;
    expect(
      await refusal(deleteOrganization(await requestDbAs(doomed.users.owner), doomed.id, confirm("fechada"))),
    ).toBe("conflict");
    await stack.sql`update public.subscriptions set status = 'canceled' where stripe_subscription_id = 'sub_fechada'`;
    await deleteOrganization(await requestDbAs(doomed.users.owner), doomed.id, confirm(" fechada "));
    expect(await stack.sql`select 1 from public.organizations where id = ${doomed.id}`).toHaveLength(0);
    expect(await stack.sql`select 1 from public.memberships where org_id = ${doomed.id}`).toHaveLength(0);
  });
});
