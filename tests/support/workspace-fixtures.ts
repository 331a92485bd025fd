import type { RequestDb } from "@/src/workspace/request-db";
import type { TestStack } from "./stack.ts";
import { createConfirmedUser, signedInClaims } from "./users.ts";

export type Role = "owner" | "admin" | "member";

export interface OrganizationFixture {
  id: string;
  slug: string;
  /** User id per role, each an accepted member. */
  users: Record<Role, string>;
}

/**
 * An organization on `tier` with an accepted owner, admin and member (emails `<role>@<slug>.test`), written
 * as the superuser so the test starts from a known state; the code under test then runs as those users.
 */
export async function createOrganization(
  stack: TestStack,
  { slug, tier = "pro", roles = ["owner", "admin", "member"] }: { slug: string; tier?: string; roles?: Role[] },
): Promise<OrganizationFixture> {
  const [org] = await stack.sql<{ id: string }[]>`
    insert into public.organizations (name, slug, tier) values (${slug}, ${slug}, ${tier}) returning id`;
  const users = {} as Record<Role, string>;
  for (const role of roles) {
    users[role] = await createConfirmedUser(stack, `${role}@${slug}.test`);
    await stack.sql`
      insert into public.memberships (org_id, user_id, role, status)
      values (${org!.id}, ${users[role]}, ${role}, 'accepted')`;
  }
  return { id: org!.id, slug, users };
}

/**
 * The request `db` of a signed-in user, as the workspace loader builds it (`withUser` with the user's claims).
 * Import after `pointAppAt(stack)`: the app's modules read the environment once.
 */
export async function requestDbAs(userId: string): Promise<RequestDb> {
  const { withUser } = await import("@/src/db/with-user");
  return (fn) => withUser(signedInClaims(userId), fn);
}
