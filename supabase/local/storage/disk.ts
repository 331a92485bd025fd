import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { errors } from "./errors.ts";

/** An upload's bytes, complete in a temporary file and not yet visible as any object. */
export interface ReceivedFile {
  path: string;
  size: number;
  /** Quoted MD5 hex, the ETag Storage's file backend reports. */
  eTag: string;
}

export interface StoredFile {
  size: number;
  stream: () => ReadableStream<Uint8Array>;
}

/**
 * Object bytes on local disk. Each stored version is one file named by the row's `version` (a UUID), never
 * by the object key: keys may contain "..", and moving an object then only rewrites its row.
 */
export interface Disk {
  /** Streams `body` into a temporary file; past `limit` bytes it drains the rest and fails with EntityTooLarge. */
  receive: (body: AsyncIterable<Uint8Array>, limit: number) => Promise<ReceivedFile>;
  /** Makes received bytes the content of `version` (an atomic rename). */
  place: (file: ReceivedFile, version: string) => Promise<void>;
  discard: (file: ReceivedFile) => Promise<void>;
  duplicate: (fromVersion: string, toVersion: string) => Promise<void>;
  remove: (versions: Array<string | null | undefined>) => Promise<void>;
  find: (version: string | null) => Promise<StoredFile | undefined>;
}

const versionPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function createDisk(filesDir: string): Promise<Disk> {
  const objectsDir = join(filesDir, "objects");
  const tmpDir = join(filesDir, "tmp");
  await mkdir(objectsDir, { recursive: true });
  // Leftovers of uploads interrupted by a stop are never completed.
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(tmpDir, { recursive: true });

  // Versions come from database rows anyone with SQL access can edit; only UUIDs name files.
  const pathOf = (version: string | null | undefined) =>
    version && versionPattern.test(version) ? join(objectsDir, version.toLowerCase()) : undefined;

  async function receive(body: AsyncIterable<Uint8Array>, limit: number): Promise<ReceivedFile> {
    const path = join(tmpDir, randomUUID());
    const md5 = createHash("md5");
    const handle = await open(path, "wx");
    let size = 0;
    try {
      for await (const chunk of body) {
        size += chunk.byteLength;
        // Keep reading past the limit so the client can finish sending and read the error.
        if (size > limit) continue;
        md5.update(chunk);
        await handle.write(chunk);
      }
    } catch (failure) {
      await handle.close();
      await rm(path, { force: true });
      throw failure;
    }
    await handle.close();
    if (size > limit) {
      await rm(path, { force: true });
      throw errors.entityTooLarge();
    }
    return { path, size, eTag: `"${md5.digest("hex")}"` };
  }

  async function place(file: ReceivedFile, version: string): Promise<void> {
    const target = pathOf(version);
    if (!target) throw new Error(`not a version id: ${version}`);
    await rename(file.path, target);
  }

  async function discard(file: ReceivedFile): Promise<void> {
    await rm(file.path, { force: true });
  }

  async function duplicate(fromVersion: string, toVersion: string): Promise<void> {
    const source = pathOf(fromVersion);
    const target = pathOf(toVersion);
    if (!source || !target) throw errors.noSuchKey();
    try {
      await copyFile(source, target);
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code === "ENOENT") throw errors.noSuchKey();
      throw failure;
    }
  }

  async function remove(versions: Array<string | null | undefined>): Promise<void> {
    await Promise.all(versions.map((version) => pathOf(version)).map((path) => path && rm(path, { force: true })));
  }

  async function find(version: string | null): Promise<StoredFile | undefined> {
    const path = pathOf(version);
    if (!path) return undefined;
    try {
      const { size } = await stat(path);
      return { size, stream: () => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array> };
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw failure;
    }
  }

  return { receive, place, discard, duplicate, remove, find };
}
