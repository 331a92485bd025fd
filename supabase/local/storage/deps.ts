import type { StackContext } from "../types.ts";
import type { Disk } from "./disk.ts";

/** What every storage route works with. */
export interface StorageDeps {
  ctx: StackContext;
  disk: Disk;
}
