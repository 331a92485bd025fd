import { randomUUID } from "node:crypto";
import { notFound } from "./errors.ts";
import type { PkceChallenge } from "./pkce.ts";
import type { Db } from "./user-store.ts";

/** GoTrue's default lifetime of a flow (and of its auth code once issued). */
export const FLOW_STATE_TTL_SECONDS = 300;

/**
 * The method of a manual-linking flow (`linkIdentity`): its user_id is the user the identity joins, set
 * from the start; the session it ends with records `oauth`, like any provider sign-in.
 */
export const LINK_IDENTITY_METHOD = "link_identity";

export interface FlowStateRow {
  id: string;
  user_id: string | null;
  auth_code: string;
  code_challenge_method: "s256" | "plain" | null;
  code_challenge: string | null;
  provider_type: string;
  authentication_method: string;
  created_at: Date;
  auth_code_issued_at: Date | null;
  referrer: string | null;
}

export interface NewFlowState {
  userId: string | null;
  /** Null for implicit development-identity flows, which need a flow id but no code exchange. */
  pkce: PkceChallenge | null;
  /** `email`, an OAuth provider name, or `sso:<provider id>`. */
  providerType: string;
  /** GoTrue's names: email/signup, magiclink, recovery, invite, email_change, oauth, sso/saml. */
  authenticationMethod: string;
  /** Where the browser goes when the flow finishes. */
  referrer: string | null;
}

export async function createFlowState(db: Db, flow: NewFlowState): Promise<FlowStateRow> {
  const [row] = await db<FlowStateRow[]>`
    insert into auth.flow_state (
      id, user_id, auth_code, code_challenge_method, code_challenge, provider_type,
      authentication_method, referrer, created_at, updated_at
    ) values (
      ${randomUUID()}, ${flow.userId}, ${randomUUID()}, ${flow.pkce?.method ?? null}, ${flow.pkce?.challenge ?? null},
      ${flow.providerType}, ${flow.authenticationMethod}, ${flow.referrer}, now(), now()
    )
    returning *`;
  if (!row) throw new Error("insert into auth.flow_state returned no row");
  return row;
}

export async function findFlowState(db: Db, id: string): Promise<FlowStateRow | null> {
  const [row] = await db<FlowStateRow[]>`select * from auth.flow_state where id = ${id}`;
  return row ?? null;
}

/** Issues the auth code of a finished flow: the user is known and the code exchange may start. */
export async function issueAuthCode(db: Db, flowId: string, userId: string): Promise<string> {
  const [row] = await db<{ auth_code: string }[]>`
    update auth.flow_state set user_id = ${userId}, auth_code_issued_at = now(), updated_at = now()
    where id = ${flowId} returning auth_code`;
  if (!row) throw notFound("flow_state_not_found", "Flow state not found");
  return row.auth_code;
}

/** The code for an email link of a PKCE flow: the latest flow of that user and authentication method. */
export async function issueEmailAuthCode(db: Db, userId: string, authenticationMethod: string): Promise<string> {
  const [flow] = await db<{ id: string }[]>`
    select id from auth.flow_state
    where user_id = ${userId} and authentication_method = ${authenticationMethod} and code_challenge is not null
    order by created_at desc limit 1`;
  if (!flow) throw notFound("flow_state_not_found", "No associated flow state found");
  return issueAuthCode(db, flow.id, userId);
}

export function isFlowExpired(flow: FlowStateRow, now = new Date()): boolean {
  const start = flow.auth_code_issued_at ?? flow.created_at;
  return now.getTime() > start.getTime() + FLOW_STATE_TTL_SECONDS * 1000;
}
