import { startFakeHttpServer, type FakeHttpServer, type FakeReply } from "./fake-http-server";
import { faultPlan, type FaultPlan } from "./fault-plan";

export interface FakeCloudflareDay {
  requests: number;
  bytes: number;
  /** Requests per edge status code. */
  statuses: Record<number, number>;
  /** Requests per country code. */
  countries: Record<string, number>;
}

export interface FakeCloudflare extends FakeHttpServer {
  /** The SDK's base URL (`…/client/v4`). */
  baseUrl: string;
  addZone(zoneTag: string, apiToken: string): void;
  setDay(zoneTag: string, day: string, figures: FakeCloudflareDay): void;
  faults: FaultPlan;
}

/** Cloudflare's v4 error envelope. */
export function cloudflareError(status: number, code: number, message: string, retryAfter?: number): FakeReply {
  return {
    status,
    body: { success: false, errors: [{ code, message }], messages: [], result: null },
    ...(retryAfter === undefined ? {} : { headers: { "retry-after": String(retryAfter) } }),
  };
}

/**
 * Cloudflare's GraphQL Analytics API as the traffic sync uses it: `POST /client/v4/graphql` with a Bearer API
 * token and `{ query, variables: { zoneTag, since, until } }`, answering `viewer.zones[].httpRequests1dGroups`
 * (dimensions.date; sum.requests, bytes, responseStatusMap, countryMap) in date order, and GraphQL errors
 * (HTTP 200, `errors`) for a zone the token cannot read.
 */
export async function startFakeCloudflare(): Promise<FakeCloudflare> {
  const zones = new Map<string, { apiToken: string; days: Map<string, FakeCloudflareDay> }>();
  const faults = faultPlan();
  const server = await startFakeHttpServer((request) => {
    if (request.method !== "POST" || request.path !== "/client/v4/graphql") {
      return cloudflareError(404, 7000, "No route for that URI");
    }
    const fault = faults.take();
    if (fault) return fault;
    const body = request.body as { query?: string; variables?: Record<string, string> } | undefined;
    if (!body?.query?.includes("httpRequests1dGroups")) {
      return {
        status: 200,
        body: { data: null, errors: [{ message: "this fake answers httpRequests1dGroups only" }] },
      };
    }
    const { zoneTag = "", since = "", until = "" } = body.variables ?? {};
    const zone = zones.get(zoneTag);
    const token = request.headers.authorization?.replace(/^Bearer /, "");
    if (!token || ![...zones.values()].some((z) => z.apiToken === token)) {
      return cloudflareError(400, 9109, "Invalid access token");
    }
    if (!zone || zone.apiToken !== token) {
      return {
        status: 200,
        body: {
          data: null,
          errors: [{ message: "zone '" + zoneTag + "' does not have access to the path", path: ["viewer", "zones"] }],
        },
      };
    }
    const groups = [...zone.days]
      .filter(([day]) => day >= since && day <= until)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, f]) => ({
        dimensions: { date: day },
        sum: {
          requests: f.requests,
          bytes: f.bytes,
          responseStatusMap: Object.entries(f.statuses).map(([status, requests]) => ({
            edgeResponseStatus: Number(status),
            requests,
          })),
          countryMap: Object.entries(f.countries).map(([country, requests]) => ({
            clientCountryName: country,
            requests,
          })),
        },
      }));
    return { status: 200, body: { data: { viewer: { zones: [{ httpRequests1dGroups: groups }] } }, errors: null } };
  });
  return {
    ...server,
    baseUrl: `${server.url}/client/v4`,
    faults,
    addZone(zoneTag, apiToken) {
      zones.set(zoneTag, { apiToken, days: new Map() });
    },
    setDay(zoneTag, day, figures) {
      zones.get(zoneTag)!.days.set(day, figures);
    },
  };
}
