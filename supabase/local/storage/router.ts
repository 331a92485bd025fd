import type { StorageDeps } from "./deps.ts";
import { errors } from "./errors.ts";

export interface RouteRequest {
  req: Request;
  url: URL;
  deps: StorageDeps;
  /** `:bucket` of the route, "" when it has none. */
  bucket: string;
  /** The object key the route's `*` matched, "" when it has none. */
  key: string;
}

export interface Route {
  methods: string[];
  /** Segments: literals, `:bucket`, and a trailing `*` for the object key (one or more segments). */
  pattern: string;
  handle: (request: RouteRequest) => Promise<Response>;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw errors.invalidKey(segment);
  }
}

function match(pattern: string, segments: string[]): { bucket: string; key: string } | undefined {
  const parts = pattern.split("/").filter(Boolean);
  let bucket = "";
  for (const [index, part] of parts.entries()) {
    if (part === "*") {
      const rest = segments.slice(index);
      return rest.length > 0 ? { bucket, key: rest.map(decodeSegment).join("/") } : undefined;
    }
    const segment = segments[index];
    if (segment === undefined || segment === "") return undefined;
    if (part === ":bucket") bucket = decodeSegment(segment);
    else if (part !== segment) return undefined;
  }
  return parts.length === segments.length ? { bucket, key: "" } : undefined;
}

/** Finds the first route (in table order, so literal paths go before patterns) that serves `method path`. */
export function route(
  routes: Route[],
  method: string,
  path: string,
): { handle: Route["handle"]; bucket: string; key: string } {
  const segments = path.split("/").slice(1);
  for (const candidate of routes) {
    if (!candidate.methods.includes(method)) continue;
    const params = match(candidate.pattern, segments);
    if (params) return { handle: candidate.handle, ...params };
  }
  throw errors.routeNotFound(method, path);
}
