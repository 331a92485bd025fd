import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "../env";

const cookieName = "arco_link_request";

/** As long as the emailed link itself lasts (the project's `otp_expiry`). */
const maxAgeSeconds = 60 * 60;

/** A digest, so the cookie does not carry the address itself; it is only ever compared, never read back. */
function digest(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/**
 * Remembers that this browser asked for a sign-in link for `email`, so /auth/confirm can tell the person who
 * asked from someone who was handed a link (possibly to another person's account). HttpOnly and scoped to
 * the confirm page; another site cannot set it (SameSite, and the actions setting it refuse foreign origins).
 */
export async function rememberLinkRequest(email: string): Promise<void> {
  (await cookies()).set(cookieName, digest(email), {
    path: "/auth/confirm",
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(env().APP_URL).protocol === "https:",
    maxAge: maxAgeSeconds,
  });
}

/** Whether this browser asked for a link for `email` (then forgets it: one link, one answer). */
export async function takeLinkRequest(email: string): Promise<boolean> {
  const store = await cookies();
  const requested = store.get(cookieName)?.value === digest(email);
  if (requested) store.delete({ name: cookieName, path: "/auth/confirm" });
  return requested;
}
