import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZipArchive } from "archiver";

/**
 * A zip written to a temporary file as entries are added. Every entry is a file already on disk (a table's
 * JSON or CSV, a downloaded object) or a short text, so archiver reads one at a time and memory stays bounded
 * whatever the size of the organization. `close()` finishes the zip and returns its path and size;
 * `dispose()` removes the temporary folder, whatever happened.
 */
export class ExportZip {
  readonly folder: string;
  readonly #archive: ZipArchive;
  readonly #written: Promise<void>;
  readonly #zipPath: string;
  #closed = false;

  private constructor(folder: string) {
    this.folder = folder;
    this.#zipPath = join(folder, "export.zip");
    this.#archive = new ZipArchive({ zlib: { level: 6 } });
    const output = createWriteStream(this.#zipPath);
    this.#written = new Promise<void>((resolve, reject) => {
      output.on("close", resolve);
      output.on("error", reject);
      this.#archive.on("error", reject);
      // A staged file gone missing is a bug here, not something to skip silently.
      this.#archive.on("warning", reject);
    });
    // Keeps a failure before close() from surfacing as an unhandled rejection; close() awaits it again.
    this.#written.catch(() => {});
    this.#archive.pipe(output);
  }

  static async open(): Promise<ExportZip> {
    return new ExportZip(await mkdtemp(join(tmpdir(), "arco-export-")));
  }

  /** A staging path inside the temporary folder, for a file that will become an entry. */
  staging(name: string): string {
    return join(this.folder, name);
  }

  /** Adds the file at `path` as `name` inside the zip (read lazily, when archiver reaches it). */
  addFile(path: string, name: string): void {
    this.#archive.file(path, { name });
  }

  addText(text: string, name: string): void {
    this.#archive.append(text, { name });
  }

  async close(): Promise<{ path: string; bytes: number }> {
    await this.#archive.finalize();
    await this.#written;
    this.#closed = true;
    return { path: this.#zipPath, bytes: (await stat(this.#zipPath)).size };
  }

  async dispose(): Promise<void> {
    if (!this.#closed) this.#archive.abort();
    await rm(this.folder, { recursive: true, force: true });
  }
}
