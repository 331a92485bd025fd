/** How Storage refused an upload (its error body), or why the request never got an answer. */
export type PutOutcome =
  | { ok: true }
  | { ok: false; reason: "aborted" | "network" }
  | { ok: false; reason: "refused"; statusCode: string; message: string };

export interface PutRequest {
  /** The signed upload URL (`…/storage/v1/object/upload/sign/<bucket>/<key>?token=…`). */
  url: string;
  file: File;
  /** The project's public (anon) key, which the API gateway asks every request for. */
  apiKey: string;
  onProgress: (loaded: number, total: number) => void;
}

/**
 * Sends a file's bytes to a signed upload URL the way storage-js's `uploadToSignedUrl` does with a raw body —
 * PUT, the file as the body, its type in `content-type`, `x-upsert: false`, `cache-control` — but through
 * XMLHttpRequest, the one browser API that reports upload progress. The file streams from disk; nothing is
 * read into memory. `abort()` cancels it, and Storage keeps nothing of an upload it did not receive whole.
 */
export function putObject({ url, file, apiKey, onProgress }: PutRequest): {
  done: Promise<PutOutcome>;
  abort: () => void;
} {
  const xhr = new XMLHttpRequest();
  const done = new Promise<PutOutcome>((resolve) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true });
      resolve({ ok: false, reason: "refused", ...storageError(xhr.responseText, xhr.status) });
    };
    xhr.onerror = () => resolve({ ok: false, reason: "network" });
    xhr.ontimeout = () => resolve({ ok: false, reason: "network" });
    xhr.onabort = () => resolve({ ok: false, reason: "aborted" });
  });
  xhr.open("PUT", url);
  xhr.setRequestHeader("apikey", apiKey);
  xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
  xhr.setRequestHeader("cache-control", "max-age=3600");
  xhr.setRequestHeader("x-upsert", "false");
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}

/** Storage's error body: `{ statusCode: "<logical status>", code, error, message }` (HTTP 400 for most). */
function storageError(body: string, status: number): { statusCode: string; message: string } {
  try {
    const parsed = JSON.parse(body) as { statusCode?: unknown; message?: unknown };
    return {
      statusCode: typeof parsed.statusCode === "string" ? parsed.statusCode : String(status),
      message: typeof parsed.message === "string" ? parsed.message : "",
    };
  } catch {
    return { statusCode: String(status), message: "" };
  }
}
