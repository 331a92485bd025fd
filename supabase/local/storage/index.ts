import { join } from "node:path";
import type { RequestInfo, Service, StackContext } from "../types.ts";
import type { StorageDeps } from "./deps.ts";
import { createDisk } from "./disk.ts";
import { errorResponse } from "./errors.ts";
import { drainBody } from "./request-body.ts";
import { route, type Route } from "./router.ts";
import { bucketRoutes } from "./routes/bucket.ts";
import { downloadRoutes } from "./routes/download.ts";
import { infoRoutes } from "./routes/info.ts";
import { listRoutes } from "./routes/list.ts";
import { moveCopyRoutes } from "./routes/move-copy.ts";
import { resumableUploadRoutes } from "./routes/resumable.ts";
import { removeRoutes } from "./routes/remove.ts";
import { signRoutes } from "./routes/sign.ts";
import { uploadRoutes } from "./routes/upload.ts";

// Literal paths (/object/sign, /object/info, /object/list…) must come before `/object/:bucket/*`.
const routes: Route[] = [
  ...signRoutes,
  ...infoRoutes,
  ...listRoutes,
  ...moveCopyRoutes,
  ...downloadRoutes,
  ...uploadRoutes,
  ...removeRoutes,
  ...bucketRoutes,
];

/**
 * The local Supabase Storage API (`/storage/v1`): buckets and objects in the `storage` schema, written and
 * read under the caller's role so RLS policies decide, with the bytes on local disk under `filesDir`.
 */
export async function createStorageService(ctx: StackContext, options: { filesDir: string }): Promise<Service> {
  const deps: StorageDeps = { ctx, disk: await createDisk(options.filesDir) };
  const served = [...resumableUploadRoutes(deps, join(options.filesDir, "resumable")), ...routes];
  return {
    async handle(req: Request, info: RequestInfo): Promise<Response> {
      let response: Response;
      try {
        const matched = route(served, req.method, info.path);
        response = await matched.handle({ req, url: new URL(req.url), deps, bucket: matched.bucket, key: matched.key });
      } catch (failure) {
        response = errorResponse(failure);
      }
      await drainBody(req);
      return response;
    },
  };
}
