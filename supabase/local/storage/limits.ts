import { errors } from "./errors.ts";

// Keys may hold any Unicode text but control characters and the U+FFFE/U+FFFF non-characters (Storage's
// `objects_name_check`); bucket names keep to S3-safe characters, without "/".
const forbiddenInKey = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const bucketNamePattern = /^(\w|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$/;

export function mustBeValidKey(key: string): void {
  if (key.length === 0 || forbiddenInKey.test(key)) throw errors.invalidKey(key);
}

export function mustBeValidBucketName(name: string): void {
  if (name.length === 0 || name.length > 100 || !bucketNamePattern.test(name)) throw errors.invalidBucketName();
}

/** Bucket `file_size_limit` as bytes: a number, or Storage's "20GB" / "20MB" / "30KB" / "3B" strings. */
export function parseFileSizeLimit(value: number | string, globalLimit: number): number {
  let bytes: number;
  if (typeof value === "number") {
    bytes = value;
  } else {
    const match = /^([0-9]+(?:\.[0-9]+)?)(gb|mb|kb|b)$/i.exec(value);
    if (!match) throw errors.invalidRequest("Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B");
    const unit = { gb: 1e9, mb: 1e6, kb: 1e3, b: 1 }[match[2]!.toLowerCase() as "gb" | "mb" | "kb" | "b"];
    bytes = Math.round(Number(match[1]) * unit);
  }
  if (!Number.isInteger(bytes) || bytes < 0) throw errors.invalidRequest("Invalid file size limit");
  if (bytes > globalLimit) throw errors.entityTooLarge();
  return bytes;
}

const mimeRestriction = /^[a-z0-9\-+.]+\/([a-z0-9\-+.]+|\*)$/;

/** Lower-cased "type/subtype" without parameters: how restrictions are stored and uploads compared. */
export function baseMimeType(mimeType: string): string {
  return (mimeType.split(";")[0] ?? "").trim().toLowerCase();
}

/** Validates and normalises a bucket's `allowed_mime_types` ("image/*" wildcards allowed), dropping duplicates. */
export function normaliseMimeRestrictions(mimeTypes: string[]): string[] {
  const normalised = mimeTypes
    .filter((mimeType) => mimeType.trim() !== "")
    .map((mimeType) => {
      const base = baseMimeType(mimeType);
      if (mimeType.length > 1000 || !mimeRestriction.test(base)) throw errors.invalidMimeType(mimeType);
      return base;
    });
  return [...new Set(normalised)];
}

export function isMimeTypeAllowed(mimeType: string, allowed: string[]): boolean {
  const [type, subtype] = baseMimeType(mimeType).split("/");
  if (!type || !subtype) return false;
  return allowed.some((restriction) => restriction === `${type}/${subtype}` || restriction === `${type}/*`);
}

/** Dashboard-created folder markers; Storage keeps them empty. */
export function isEmptyFolderPlaceholder(key: string): boolean {
  return key.endsWith(".emptyFolderPlaceholder");
}
