// `npm run --silent totp -- <email>`: the current code of the account's authenticator (TOTP) factor, read from
// the local stack's database (start it with `npm run dev` or `npm run stack`). For the seeded demo staff, whose
// secret is public; on a real project the code only ever comes from the person's own app.
import postgres from "postgres";
import { loadConfig } from "../supabase/local/config.ts";
import { currentTotpCode } from "../supabase/local/auth/mfa/totp.ts";
import { verifiedTotpSecrets } from "../supabase/local/auth/mfa/verified-totp-secrets.ts";

const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error("Usage: npm run --silent totp -- <email>");
  process.exit(2);
}
const url = process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${loadConfig().db.port}/postgres`;
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  const [factor] = await verifiedTotpSecrets(sql, [email]);
  if (!factor) {
    console.error(`${email} has no verified authenticator (TOTP) factor in the local database.`);
    process.exitCode = 1;
  } else {
    console.log(currentTotpCode(factor.secret));
  }
} catch (error) {
  console.error(`Could not read the local database (${(error as Error).message}). Is \`npm run dev\` running?`);
  process.exitCode = 1;
} finally {
  await sql.end();
}
