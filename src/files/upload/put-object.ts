import { clientFilesBucket } from "../client-files";

/** How Storage refused an upload (its error body), or why the request never got an answer. */
export type PutOutcome =
  | { ok: true }
  | { ok: false; reason: "aborted" | "network" }
  | { ok: false; reason: "refused"; statusCode: string; message: string };

export interface PutRequest {
  /** The signed upload: its URL (one request), its token (a resumable upload) and the object it creates. */
  upload: { url: string; token: string; objectName: string };
  /** The Supabase project's URL, where resumable uploads go. */
  supabaseUrl: string;
  file: File;
  /** The project's public (anon) key, which the API gateway asks every request for. */
  apiKey: string;
  onProgress: (loaded: number, total: number) => void;
}

export interface PutTransfer {
  done: Promise<PutOutcome>;
  abort: () => void;
}

/**
 * Supabase's advice: files over 6 MB go as a resumable (tus) upload, in 6 MB chunks (the size Storage
 * expects), so a dropped connection costs one chunk, not the file.
 */
const RESUMABLE_FROM_BYTES = 6 * 1024 * 1024;

/** Sends a file's bytes to its signed upload: in one request, or resumably when it is large. */
export function putObject(request: PutRequest): PutTransfer {
  return request.file.size > RESUMABLE_FROM_BYTES ? putResumable(request) : putWhole(request);
}

/**
 * One request, the way storage-js's `uploadToSignedUrl` sends a raw body — PUT, the file as the body, its type
 * in `content-type`, `x-upsert: false`, `cache-control` — but through XMLHttpRequest, the one browser API that
 * reports upload progress. The file streams from disk; nothing is read into memory. `abort()` cancels it, and
 * Storage keeps nothing of an upload it did not receive whole.
 */
function putWhole({ upload, file, apiKey, onProgress }: PutRequest): PutTransfer {
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
  xhr.open("PUT", upload.url);
  xhr.setRequestHeader("apikey", apiKey);
  xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
  xhr.setRequestHeader("cache-control", "max-age=3600");
  xhr.setRequestHeader("x-upsert", "false");
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}

/**
 * A resumable upload to Storage's tus endpoint for signed uploads (`x-signature`: the signed URL's token), with
 * the tus project's client, loaded only when a large file needs it. After a dropped connection it retries and
 * asks Storage how far it got, then sends only the rest. Storage refuses an upload that does not fit the quota
 * when it is created, before the first chunk; `abort()` ends it there and Storage drops what it gathered.
 */
function putResumable({ upload, supabaseUrl, file, apiKey, onProgress }: PutRequest): PutTransfer {
  let finish: (outcome: PutOutcome) => void = () => {};
  let stop: () => void = () => {};
  const done = new Promise<PutOutcome>((resolve) => {
    finish = resolve;
    void import("tus-js-client").then(
      ({ Upload, DetailedError }) => {
        const transfer = new Upload(file, {
          endpoint: `${supabaseUrl}/storage/v1/upload/resumable/sign`,
          headers: { apikey: apiKey, "x-signature": upload.token, "x-upsert": "false" },
          metadata: {
            bucketName: clientFilesBucket,
            objectName: upload.objectName,
            contentType: file.type || "application/octet-stream",
            cacheControl: "3600",
          },
          chunkSize: RESUMABLE_FROM_BYTES,
          retryDelays: [0, 1000, 3000, 5000, 10000],
          // Each upload has its own new object, so there is never an earlier one of it to resume in a later visit.
          storeFingerprintForResuming: false,
          onProgress,
          onSuccess: () => resolve({ ok: true }),
          onError: (error) => {
            const response = error instanceof DetailedError ? error.originalResponse : null;
            resolve(
              response
                ? { ok: false, reason: "refused", ...storageError(response.getBody(), response.getStatus()) }
                : { ok: false, reason: "network" },
            );
          },
        });
        stop = () => void transfer.abort(true);
        transfer.start();
      },
      () => resolve({ ok: false, reason: "network" }),
    );
  });
  return {
    done,
    abort: () => {
      stop();
      finish({ ok: false, reason: "aborted" });
    },
  };
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
