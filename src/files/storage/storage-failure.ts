import "server-only";
import { AppError } from "@/src/errors/app-error";
import { parseQuotaRefusal } from "../quota-refusal";

/** The fields of storage-js's StorageApiError this module reads. */
interface StorageErrorFields {
  message?: unknown;
  statusCode?: unknown;
  status?: unknown;
}

/**
 * Storage's refusals in the app's vocabulary. The storage quota's refusal keeps its numbers ("N of M bytes
 * left"), so the page can say how much room there is; a denied policy is `forbidden`; a missing or hidden
 * object is `not_found`. Anything else is unexpected, and its text stays in `cause` on the server.
 */
export function storageFailure(error: unknown): AppError {
  const { message, statusCode, status } = (error ?? {}) as StorageErrorFields;
  const text = typeof message === "string" ? message : undefined;
  const quota = parseQuotaRefusal(text);
  if (quota) {
    return new AppError("tier_limit_exceeded", {
      tierLimit: { limit: "storage_bytes", value: quota.limit, usage: quota.limit - quota.left },
      cause: error,
    });
  }
  const logical = String(statusCode ?? status ?? "");
  if (logical === "403") return new AppError("forbidden", { cause: error });
  if (logical === "404") return new AppError("not_found", { cause: error });
  return new AppError("unexpected", { cause: error });
}
