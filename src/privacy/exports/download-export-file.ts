import "server-only";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import { serviceSupabase } from "@/src/db/service-client";
import type { ExportFile } from "./export-files";

/**
 * Streams one stored object to `path` through a short-lived signed URL, so a large file never sits in memory.
 * False when the object is gone (a row whose upload was never finished, or removed meanwhile): the export
 * goes on without it and its manifest says so.
 */
export async function downloadExportFile(file: ExportFile, path: string): Promise<boolean> {
  const { data, error } = await serviceSupabase().storage.from(file.bucket).createSignedUrl(file.objectName, 300);
  if (error || !data?.signedUrl) return false;
  const response = await fetch(data.signedUrl);
  if (response.status === 404 || response.status === 400) return false;
  if (!response.ok || !response.body)
    throw new Error(`Downloading ${file.bucket}/${file.objectName}: ${response.status}`);
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), createWriteStream(path));
  return true;
}
