"use client";

import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import type { Dictionary, ValidationMessageKey } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { PreparedUpload } from "../actions/prepare-upload";
import { nameProblem, normalizeName } from "../file-name";
import { parseQuotaRefusal } from "../quota-refusal";
import { putObject, type PutOutcome } from "./put-object";

export type UploadStatus = "queued" | "preparing" | "uploading" | "recording" | "done" | "failed" | "cancelled";

/** Where files go and the room the page last saw: the plan's storage limit (null: unlimited) and the use. */
export interface UploadTarget {
  slug: string;
  folderId: string | null;
  limit: number | null;
  used: number;
}

export interface UploadItem {
  key: string;
  /** The organization it goes to. */
  slug: string;
  name: string;
  size: number;
  /** Where it goes: the folder shown when it was added (null: the top of the file store). */
  folderId: string | null;
  status: UploadStatus;
  /** Bytes Storage has received so far. */
  loaded: number;
  /** The object the bytes went to, once Storage holds them all. */
  objectName?: string;
  error?: string;
}

type ServerAction<Result> = (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;

export interface UploadQueueOptions {
  /** The Supabase project the browser sends the bytes to: its URL and public (anon) key. */
  supabase: { url: string; anonKey: string };
  prepareUpload: ServerAction<PreparedUpload>;
  /**
   * Records each file once its bytes are stored (the file store). Without it, a file is done as soon as Storage
   * holds it, and whatever the queue serves records it later (a ticket message names its attachments).
   */
  recordUpload?: ServerAction<{ id: string; name: string; sizeBytes: number }>;
  /** Called after each file is recorded, or stored when nothing records it (the page refreshes its figures). */
  onUploaded: () => void;
  t: Dictionary;
  format: Formatters;
}

/** Files in flight at once: enough to keep the connection busy, few enough that each one's progress means something. */
const CONCURRENCY = 2;
const active: UploadStatus[] = ["queued", "preparing", "uploading", "recording"];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/**
 * The browser's side of uploading to the file store: several files at once, each one checked here first
 * (name, empty file, room left in the plan), then signed by the server (`prepareUpload`, which checks again),
 * sent straight to Storage with its progress, and recorded (`recordUpload`). Cancel stops a file before or
 * during its transfer; nothing of it is kept. Failures are worded for people, with the room left when the
 * plan's storage is the reason.
 */
export function useUploadQueue(options: UploadQueueOptions) {
  const [items, setItems] = useState<UploadItem[]>([]);
  // The callbacks below read the page's latest figures and actions without being rebuilt on every render.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const files = useRef(new Map<string, File>());
  const itemsByKey = useRef(new Map<string, UploadItem>());
  const aborts = useRef(new Map<string, () => void>());
  const cancelled = useRef(new Set<string>());
  const waiting = useRef<string[]>([]);
  const running = useRef(0);
  // Bytes accepted into the queue that the page's `used` does not show yet: files on their way, and files
  // recorded since the page last refreshed its figures.
  const pendingBytes = useRef(new Map<string, number>());
  const recorded = useRef(new Set<string>());
  const lastUsed = useRef<number | null>(null);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const fail = useCallback(
    (key: string, error: string) => {
      pendingBytes.current.delete(key);
      update(key, { status: "failed", error });
    },
    [update],
  );

  const quotaMessage = useCallback((left: number, limit: number, size: number) => {
    const { t, format } = latest.current;
    return formatMessage(t.files.upload.errors.quota, {
      left: format.bytes(Math.max(left, 0)),
      limit: format.bytes(limit),
      size: format.bytes(size),
    });
  }, []);

  const refusal = useCallback(
    (state: ActionState<unknown>, size: number): string => {
      if (state.status !== "error") return latest.current.t.files.upload.errors.failed;
      const { error } = state;
      const limit = error.tierLimit;
      if (error.code === "tier_limit_exceeded" && limit?.value != null) {
        return quotaMessage(limit.value - limit.usage, limit.value, size);
      }
      return error.fields?.name ?? error.fields?.size ?? error.message;
    },
    [quotaMessage],
  );

  const storageRefusal = useCallback(
    (outcome: Exclude<PutOutcome, { ok: true }>, size: number): string => {
      const { errors } = latest.current.t.files.upload;
      if (outcome.reason !== "refused") return errors.network;
      const quota = parseQuotaRefusal(outcome.message);
      if (quota) return quotaMessage(quota.left, quota.limit, size);
      if (outcome.statusCode === "413") return errors.tooLarge;
      return errors.failed;
    },
    [quotaMessage],
  );

  const run = useCallback(
    async ({ key, slug, name, size, folderId }: UploadItem) => {
      const file = files.current.get(key);
      if (!file) return;
      const folder = folderId ?? "";
      const { supabase, prepareUpload, recordUpload } = latest.current;
      try {
        update(key, { status: "preparing" });
        const prepared = await prepareUpload(idleState, form({ org: slug, name, size: String(size), folder }));
        if (cancelled.current.has(key)) return;
        if (prepared.status !== "success") return fail(key, refusal(prepared, size));

        update(key, { status: "uploading", loaded: 0 });
        const transfer = putObject({
          upload: { url: prepared.data.uploadUrl, token: prepared.data.token, objectName: prepared.data.objectName },
          supabaseUrl: supabase.url,
          file,
          apiKey: supabase.anonKey,
          onProgress: (loaded) => update(key, { loaded: Math.min(loaded, size) }),
        });
        aborts.current.set(key, transfer.abort);
        const outcome = await transfer.done;
        aborts.current.delete(key);
        if (!outcome.ok) {
          if (outcome.reason === "aborted" || cancelled.current.has(key)) return;
          return fail(key, storageRefusal(outcome, size));
        }

        const { objectName } = prepared.data;
        if (recordUpload) {
          update(key, { status: "recording", loaded: size });
          const saved = await recordUpload(idleState, form({ org: slug, objectName, name, folder }));
          if (saved.status !== "success") return fail(key, refusal(saved, size));
        }
        recorded.current.add(key);
        update(key, { status: "done", loaded: size, objectName });
        latest.current.onUploaded();
      } catch {
        fail(key, latest.current.t.files.upload.errors.failed);
      } finally {
        files.current.delete(key);
      }
    },
    [fail, refusal, storageRefusal, update],
  );

  /** Starts workers (up to CONCURRENCY) that take files from the queue until it is empty. */
  const pump = useCallback(() => {
    while (running.current < CONCURRENCY && waiting.current.length > 0) {
      running.current += 1;
      void (async () => {
        try {
          for (let key = waiting.current.shift(); key !== undefined; key = waiting.current.shift()) {
            const item = itemsByKey.current.get(key);
            if (item && !cancelled.current.has(key) && files.current.has(key)) await run(item);
          }
        } finally {
          running.current -= 1;
        }
      })();
    }
  }, [run]);

  /** Queues files for the target's folder; those that cannot be sent say why at once and are not sent. */
  const addFiles = useCallback(
    (selected: File[], { slug, folderId, limit, used }: UploadTarget) => {
      const { t } = latest.current;
      // A new figure from the page counts the files recorded since the last one: stop counting them here.
      if (used !== lastUsed.current) {
        for (const key of recorded.current) pendingBytes.current.delete(key);
        recorded.current.clear();
        lastUsed.current = used;
      }
      const added: UploadItem[] = [];
      for (const file of selected) {
        const key = crypto.randomUUID();
        const name = normalizeName(file.name);
        const item: UploadItem = { key, slug, name, size: file.size, folderId, status: "queued", loaded: 0 };
        const problem: ValidationMessageKey | null = nameProblem(file.name) ?? (file.size === 0 ? "file_empty" : null);
        const inFlight = [...pendingBytes.current.values()].reduce((sum, bytes) => sum + bytes, 0);
        if (problem) {
          item.status = "failed";
          item.error = t.validation[problem];
        } else if (limit !== null && used + inFlight + file.size > limit) {
          item.status = "failed";
          item.error =
            used + file.size > limit
              ? quotaMessage(limit - used, limit, file.size)
              : formatMessage(t.files.upload.errors.quotaBatch, {
                  left: latest.current.format.bytes(Math.max(limit - used - inFlight, 0)),
                  limit: latest.current.format.bytes(limit),
                });
        } else {
          files.current.set(key, file);
          pendingBytes.current.set(key, file.size);
          waiting.current.push(key);
        }
        itemsByKey.current.set(key, item);
        added.push(item);
      }
      setItems((current) => [...current, ...added]);
      pump();
    },
    [pump, quotaMessage],
  );

  const cancel = useCallback((key: string) => {
    cancelled.current.add(key);
    pendingBytes.current.delete(key);
    aborts.current.get(key)?.();
    files.current.delete(key);
    setItems((current) =>
      current.map((item) =>
        item.key === key && ["queued", "preparing", "uploading"].includes(item.status)
          ? { ...item, status: "cancelled" }
          : item,
      ),
    );
  }, []);

  /** Takes one finished row off the list (an attachment the person no longer wants). */
  const dismiss = useCallback((key: string) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  /** Clears the finished rows (sent, failed, cancelled); files still on their way stay. */
  const clearFinished = useCallback(() => {
    setItems((current) => current.filter((item) => active.includes(item.status)));
  }, []);

  return { items, addFiles, cancel, dismiss, clearFinished };
}
