import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { parseKeyring } from "@/supabase/functions/_shared/secret-box";
import { openOpenaiKey } from "@/supabase/functions/_shared/openai-key-box";
import { pointAppAt } from "@/tests/support/app-env";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai";
import { errorOf, submit } from "@/tests/support/server-actions";
import { stackForThisFile } from "@/tests/support/stack";
import { signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * An organization's own OpenAI key through the settings page's actions, as its users: checked with OpenAI
 * (the local fake) before anything is stored, sealed so the stored bytes never hold it, never returned, out of
 * members' reach, and re-sealed under a new key id by the rotation.
 */
const stack = stackForThisFile();

let signedIn: VerifiedUser;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => signedIn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "en" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

function as(userId: string) {
  signedIn = { id: userId, email: `${userId}@client.test`, name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

const VALID = "sk-proj-validKeyForTests0000abcd";
const OTHER_VALID = "sk-proj-secondValidKeyForTests9876";
const INVALID = "sk-proj-revokedKeyForTests000zzzz";
const firstKey = `k1:${randomBytes(32).toString("base64")}`;
const secondKey = `k2:${randomBytes(32).toString("base64")}`;

let openai: FakeOpenAI;
let moda: OrganizationFixture;
let actions: {
  saveOpenaiKey: typeof import("@/src/ai/actions/save-openai-key").saveOpenaiKey;
  removeOpenaiKey: typeof import("@/src/ai/actions/remove-openai-key").removeOpenaiKey;
};
let getOpenaiKey: typeof import("@/src/ai/queries/get-openai-key").getOpenaiKey;

const storedRow = async () => {
  const [row] = await stack.sql<{ key_id: string; sealed: string; last4: string }[]>`
    select key_id, sealed, last4 from public.openai_keys where org_id = ${moda.id}`;
  return row;
};

beforeAll(async () => {
  openai = await startFakeOpenAI([VALID, OTHER_VALID]);
  pointAppAt(stack);
  Object.assign(process.env, { OPENAI_BASE_URL: openai.baseURL, ARCO_ENCRYPTION_KEYS: firstKey });
  vi.resetModules();
  actions = {
    saveOpenaiKey: (await import("@/src/ai/actions/save-openai-key")).saveOpenaiKey,
    removeOpenaiKey: (await import("@/src/ai/actions/remove-openai-key")).removeOpenaiKey,
  };
  getOpenaiKey = (await import("@/src/ai/queries/get-openai-key")).getOpenaiKey;
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
});

afterAll(async () => {
  delete process.env.ARCO_ENCRYPTION_KEYS;
  delete process.env.OPENAI_BASE_URL;
  await openai?.close();
});

describe("saving an organization's OpenAI key", () => {
  it("refuses a key OpenAI does not accept before storing anything, and never echoes it", async () => {
    as(moda.users.owner);
    const outcome = await submit(actions.saveOpenaiKey, { org: "moda", secret: INVALID });
    expect(errorOf(outcome).code).toBe("openai_key_invalid");
    expect(JSON.stringify(outcome)).not.toContain(INVALID);
    expect(await storedRow()).toBeUndefined();
    expect(openai.keysUsed("/v1/models")).toEqual([INVALID]);
  });

  it("refuses what is not an OpenAI key without calling OpenAI", async () => {
    const calls = openai.requests.length;
    const outcome = await submit(actions.saveOpenaiKey, { org: "moda", secret: "not a key" });
    expect(errorOf(outcome).fields?.secret).toBeDefined();
    expect(openai.requests.length).toBe(calls);
  });

  it("checks a valid key with OpenAI, stores it sealed and answers with its last four characters only", async () => {
    const outcome = await submit(actions.saveOpenaiKey, { org: "moda", secret: VALID });
    expect(outcome).toEqual({ status: "success", data: { last4: "abcd" } });
    const row = (await storedRow())!;
    expect(row.key_id).toBe("k1");
    expect(row.last4).toBe("abcd");
    // Neither the key nor any long piece of it, in clear or in base64, is in the stored bytes.
    const stored = `${row.sealed} ${Buffer.from(row.sealed, "base64").toString("latin1")}`;
    expect(stored).not.toContain(VALID);
    expect(stored).not.toContain(VALID.slice(8, 20));
    expect(stored).not.toContain(Buffer.from(VALID).toString("base64").slice(0, 16));
    // It opens with the keyring, for this organization only (the context binds it).
    const keyring = parseKeyring(firstKey);
    expect(await openOpenaiKey(keyring, moda.id, { keyId: row.key_id, sealed: row.sealed })).toBe(VALID);
    await expect(
      openOpenaiKey(keyring, crypto.randomUUID(), { keyId: row.key_id, sealed: row.sealed }),
    ).rejects.toThrow();
  });

  it("lets members know a key exists and its last four, never the sealed bytes, and not change it", async () => {
    const memberDb = await requestDbAs(moda.users.member);
    expect(await getOpenaiKey(memberDb, moda.id)).toMatchObject({ last4: "abcd" });
    await expect(memberDb((tx) => tx.execute(`select sealed from public.openai_keys`))).rejects.toMatchObject({
      cause: { code: "42501" },
    });
    as(moda.users.member);
    expect(errorOf(await submit(actions.saveOpenaiKey, { org: "moda", secret: OTHER_VALID })).code).toBe("forbidden");
    expect(errorOf(await submit(actions.removeOpenaiKey, { org: "moda" })).code).toBe("forbidden");
    expect((await storedRow())!.last4).toBe("abcd");
  });

  it("keeps the key out of the audit trail", async () => {
    const entries = await stack.sql<{ row: string }[]>`
      select coalesce(after::text, '') || coalesce(before::text, '') as row from public.audit_log
      where table_name = 'openai_keys'`;
    expect(entries.length).toBeGreaterThan(0);
    const row = (await storedRow())!;
    for (const entry of entries) {
      expect(entry.row).not.toContain(VALID);
      expect(entry.row).not.toContain(row.sealed);
    }
  });
});

describe("rotating the encryption key", () => {
  it("re-seals every stored key under the new key id, which still opens, and does nothing the second time", async () => {
    const before = (await storedRow())!;
    process.env.ARCO_ENCRYPTION_KEYS = `${secondKey},${firstKey}`;
    vi.resetModules();
    const { resealOpenaiKeys } = await import("@/src/ai/byok/reseal-openai-keys");
    const { loadOpenaiKey } = await import("@/src/ai/byok/load-openai-key");
    expect(await resealOpenaiKeys()).toEqual({ resealed: 1, current: "k2" });
    const after = (await storedRow())!;
    expect(after.key_id).toBe("k2");
    expect(after.sealed).not.toBe(before.sealed);
    expect(await loadOpenaiKey(moda.id)).toBe(VALID);
    // The old key alone no longer opens it: the old key can now be dropped from the ring.
    await expect(
      openOpenaiKey(parseKeyring(firstKey), moda.id, { keyId: "k1", sealed: after.sealed }),
    ).rejects.toThrow();
    expect(await resealOpenaiKeys()).toEqual({ resealed: 0, current: "k2" });
  });
});

describe("removing the key", () => {
  it("is for owners and admins, and leaves no sealed bytes behind", async () => {
    as(moda.users.admin);
    expect(await submit(actions.removeOpenaiKey, { org: "moda" })).toEqual({
      status: "success",
      data: { removed: true },
    });
    expect(await storedRow()).toBeUndefined();
    expect(errorOf(await submit(actions.removeOpenaiKey, { org: "moda" })).code).toBe("not_found");
  });
});
