/** Why a file or folder name is refused; each is a key of the `validation` dictionary. */
export type NameProblem = "file_name_required" | "file_name_invalid" | "file_name_too_long";

/** Storage_files and storage_folders accept up to 255 characters. */
export const MAX_NAME_LENGTH = 255;

/**
 * Characters a name may not hold: path separators (a name is one segment, never a path like `../x`), control
 * characters (C0, DEL, C1), bidirectional overrides and isolates (they make "txt.exe" read as "exe.txt") and the
 * byte-order mark and Unicode non-characters Storage refuses in keys.
 */
const forbidden = /[/\\\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/;

/** A name as it is stored: Unicode NFC (so "é" typed two ways is one name), without surrounding spaces. */
export function normalizeName(name: string): string {
  return name.normalize("NFC").trim();
}

/**
 * What is wrong with a file or folder name, or null when it may be used. Shared by the browser and the server
 * (so, like everything the browser imports, free of zod).
 */
export function nameProblem(name: string): NameProblem | null {
  const normalized = normalizeName(name);
  if (normalized === "") return "file_name_required";
  if (normalized.length > MAX_NAME_LENGTH) return "file_name_too_long";
  if (forbidden.test(normalized) || normalized === "." || normalized === "..") return "file_name_invalid";
  return null;
}

/**
 * The last segment of an object's key (`<org_id>/<uuid>/<segment>`), derived from the file's name: Supabase
 * Storage accepts only a small ASCII set in keys, so accents are dropped and anything else becomes "-". The key is
 * never shown; the name people see is the storage_files row's, which keeps every character.
 */
export function objectKeySegment(name: string): string {
  const ascii = normalizeName(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/-*\.-*/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "");
  if (ascii === "") return "file";
  if (ascii.length <= 100) return ascii;
  const dot = ascii.lastIndexOf(".");
  const extension = dot > 0 && ascii.length - dot <= 12 ? ascii.slice(dot) : "";
  return ascii.slice(0, 100 - extension.length).replace(/[-.]+$/, "") + extension;
}
