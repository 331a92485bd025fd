import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { confirmedUser, decodeJwt, userClient } from "./clients.ts";

const stack = stackForThisFile();

async function signedIn(prefix: string) {
  const { email, password } = await confirmedUser(stack, prefix);
  const supabase = userClient(stack);
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error || !data.session) throw error ?? new Error("no session");
  return { supabase, session: data.session };
}

/** Moves a token's revocation time out of the 10 s reuse interval. */
async function ageToken(token: string) {
  await stack.sql`update auth.refresh_tokens set updated_at = now() - interval '1 minute' where token = ${token}`;
}

describe("refresh token rotation", () => {
  it("rotates the refresh token and keeps the session and its amr", async () => {
    const { supabase, session } = await signedIn("rotate");
    const { data, error } = await supabase.auth.refreshSession();
    expect(error).toBeNull();
    const next = data.session!;
    expect(next.refresh_token).not.toBe(session.refresh_token);
    expect(next.user.id).toBe(session.user.id);
    const before = decodeJwt(session.access_token).payload;
    const after = decodeJwt(next.access_token).payload;
    expect(after.session_id).toBe(before.session_id);
    expect(after.amr).toEqual(before.amr);

    const [old] = await stack.sql<
      { revoked: boolean }[]
    >`select revoked from auth.refresh_tokens where token = ${session.refresh_token}`;
    const [fresh] = await stack.sql<
      { parent: string }[]
    >`select parent from auth.refresh_tokens where token = ${next.refresh_token}`;
    expect(old?.revoked).toBe(true);
    expect(fresh?.parent).toBe(session.refresh_token);
  });

  it("answers an immediate reuse of the rotated token with the current token (lost response)", async () => {
    const { supabase, session } = await signedIn("lost");
    const { data: first } = await supabase.auth.refreshSession();
    const { data: again, error } = await supabase.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(error).toBeNull();
    expect(again.session?.refresh_token).toBe(first.session?.refresh_token);
  });

  it("issues a new child for an older token reused inside the reuse interval (concurrent tabs)", async () => {
    const { supabase, session } = await signedIn("tabs");
    const { data: second } = await supabase.auth.refreshSession();
    await supabase.auth.refreshSession();
    const { data: reused, error } = await supabase.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(error).toBeNull();
    const token = reused.session!.refresh_token;
    expect([session.refresh_token, second.session?.refresh_token]).not.toContain(token);
    const [row] = await stack.sql<{ parent: string }[]>`select parent from auth.refresh_tokens where token = ${token}`;
    expect(row?.parent).toBe(session.refresh_token);
  });

  it("treats reuse outside the interval as theft: already used, and the whole family is revoked", async () => {
    const { supabase, session } = await signedIn("theft");
    await supabase.auth.refreshSession();
    const { data: current } = await supabase.auth.refreshSession();
    await ageToken(session.refresh_token);

    const thief = userClient(stack);
    const stolen = await thief.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(stolen.data.session).toBeNull();
    expect(stolen.error).toMatchObject({
      status: 400,
      code: "refresh_token_already_used",
      message: "Invalid Refresh Token: Already Used",
    });

    const victim = await userClient(stack).auth.refreshSession({ refresh_token: current.session!.refresh_token });
    expect(victim.error).toMatchObject({ status: 400, code: "refresh_token_already_used" });
    const sessionId = decodeJwt(session.access_token).payload.session_id as string;
    const live = await stack.sql`select 1 from auth.refresh_tokens where session_id = ${sessionId} and revoked = false`;
    expect(live).toHaveLength(0);
  });

  it("rejects an unknown refresh token", async () => {
    const { error } = await userClient(stack).auth.refreshSession({ refresh_token: "doesnotexist" });
    expect(error).toMatchObject({
      status: 400,
      code: "refresh_token_not_found",
      message: "Invalid Refresh Token: Refresh Token Not Found",
    });
  });

  it("stops refreshing a signed-out session", async () => {
    const { supabase, session } = await signedIn("signed-out");
    expect((await supabase.auth.signOut()).error).toBeNull();
    const { error } = await userClient(stack).auth.refreshSession({ refresh_token: session.refresh_token });
    expect(error).toMatchObject({ status: 400, code: "refresh_token_not_found" });
  });

  it("refuses banned users", async () => {
    const { supabase, session } = await signedIn("banned");
    await stack.sql`update auth.users set banned_until = now() + interval '1 day' where id = ${session.user.id}`;
    const { error } = await supabase.auth.refreshSession();
    expect(error).toMatchObject({ status: 400, code: "user_banned" });
  });
});
