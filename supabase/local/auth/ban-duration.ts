import { badRequest } from "./errors.ts";

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * `ban_duration` of the admin API: a Go duration ("24h", "1h30m", "876000h") from now, or "none" to lift
 * the ban (null).
 */
export function bannedUntil(banDuration: string, now = new Date()): Date | null {
  if (banDuration === "none") return null;
  const parts = [...banDuration.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)];
  const consumed = parts.map((part) => part[0]).join("");
  if (banDuration !== "0" && (parts.length === 0 || consumed !== banDuration)) {
    throw badRequest("validation_failed", `invalid format for ban duration: time: invalid duration "${banDuration}"`);
  }
  const ms = parts.reduce((total, part) => total + Number(part[1]) * (UNIT_MS[part[2] ?? "s"] ?? 0), 0);
  return new Date(now.getTime() + ms);
}
