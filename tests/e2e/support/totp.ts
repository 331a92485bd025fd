import { expect, type Page } from "@playwright/test";
import { currentTotpCode } from "../../../supabase/local/auth/mfa/totp.ts";
import { verifiedTotpSecrets } from "../../../supabase/local/auth/mfa/verified-totp-secrets.ts";
import { ptBR as t } from "../../../src/i18n/pt-BR";
import { database } from "./database";

/** The current code of the account's verified authenticator, as `npm run totp` prints it. */
export async function currentCodeFor(email: string): Promise<string> {
  const [factor] = await database((sql) => verifiedTotpSecrets(sql, [email.toLowerCase()]));
  if (!factor) throw new Error(`${email} has no verified TOTP factor`);
  return currentTotpCode(factor.secret);
}

/** The second sign-in step: types the authenticator's current code on /mfa. */
export async function passSecondStep(page: Page, email: string) {
  await expect(page).toHaveURL(/\/mfa\?/);
  await page.getByLabel(t.security.secondStep.codeLabel).fill(await currentCodeFor(email));
  await page.getByRole("button", { name: t.security.secondStep.submit }).click();
}
