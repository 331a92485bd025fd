import "server-only";
import { encryptionKeyring } from "@/src/crypto/encryption-keyring";
import { openSecret, sealSecret } from "@/supabase/functions/_shared/secret-box";

/** The tables whose rows carry a sealed credential (an ad platform's token, a traffic provider's API token). */
export type ConnectionKind = "ad-account" | "traffic-source";

export interface SealedCredential {
  credentialSealed: string;
  credentialKeyId: string;
  credentialHint: string;
}

/**
 * Binds a credential to its row and organization: a sealed value copied onto another row, or another
 * organization's, does not open there.
 */
export function credentialContext(kind: ConnectionKind, orgId: string, rowId: string): string {
  return `${kind}:${orgId}:${rowId}`;
}

/** Seals a credential for a row whose id is chosen before the insert (the id is part of the sealing context). */
export async function sealCredential(
  kind: ConnectionKind,
  orgId: string,
  rowId: string,
  credential: string,
): Promise<SealedCredential> {
  const { keyId, sealed } = await sealSecret(
    await encryptionKeyring(),
    credential,
    credentialContext(kind, orgId, rowId),
  );
  return { credentialSealed: sealed, credentialKeyId: keyId, credentialHint: credential.slice(-4) };
}

/** Opens a stored credential (jobs only: no API role can read the sealed column). */
export async function openCredential(
  kind: ConnectionKind,
  row: { orgId: string; id: string; credentialSealed: string; credentialKeyId: string },
): Promise<string> {
  return openSecret(
    await encryptionKeyring(),
    { keyId: row.credentialKeyId, sealed: row.credentialSealed },
    credentialContext(kind, row.orgId, row.id),
  );
}
