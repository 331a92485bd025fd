import "server-only";
import Cloudflare from "cloudflare";
import { isRetryableStatus, parseRetryAfter, SyncSourceError } from "@/src/jobs/retry-within-budget";
import type { TrafficDay, TrafficProvider } from "./traffic-day";

/**
 * The zone's daily totals from Cloudflare's GraphQL Analytics API (`httpRequests1dGroups`: requests, bytes,
 * requests per edge status and per country). The SDK has no typed GraphQL resource, so the query goes through
 * its generic `post` (authentication, base URL and errors as for every other endpoint).
 */
const QUERY = `query ZoneTraffic($zoneTag: string!, $since: Date!, $until: Date!) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      httpRequests1dGroups(limit: 100, filter: { date_geq: $since, date_leq: $until }, orderBy: [date_ASC]) {
        dimensions { date }
        sum {
          requests
          bytes
          responseStatusMap { edgeResponseStatus requests }
          countryMap { clientCountryName requests }
        }
      }
    }
  }
}`;

interface ZoneTrafficAnswer {
  data?: {
    viewer?: {
      zones?: {
        httpRequests1dGroups?: {
          dimensions: { date: string };
          sum: {
            requests: number;
            bytes: number;
            responseStatusMap?: { edgeResponseStatus: number; requests: number }[];
            countryMap?: { clientCountryName: string; requests: number }[];
          };
        }[];
      }[];
    };
  } | null;
  errors?: { message: string }[] | null;
}

function describe(error: unknown): SyncSourceError {
  if (error instanceof Cloudflare.APIError) {
    return new SyncSourceError(`Cloudflare${error.status ? ` ${error.status}` : ""}: ${error.message}`, {
      retryable: isRetryableStatus(error.status),
      retryAfterMs: parseRetryAfter(error.headers?.get("retry-after")),
      cause: error,
    });
  }
  return new SyncSourceError(`Cloudflare: ${error instanceof Error ? error.message : String(error)}`, {
    retryable: true,
    cause: error,
  });
}

export function cloudflareTraffic(settings: { apiToken: string; baseUrl?: string; zoneId: string }): TrafficProvider {
  // Retries are the sync's (one budget for the whole run), not the SDK's.
  const client = new Cloudflare({ apiToken: settings.apiToken, baseURL: settings.baseUrl, maxRetries: 0 });
  return {
    provider: "cloudflare",
    async trafficDays(since, until) {
      let answer: ZoneTrafficAnswer;
      try {
        answer = await client.post<ZoneTrafficAnswer>("/graphql", {
          body: { query: QUERY, variables: { zoneTag: settings.zoneId, since, until } },
        });
      } catch (error) {
        throw describe(error);
      }
      if (answer.errors?.length) {
        // GraphQL refusals (a token without Analytics:Read, an unknown zone) come with 200 and do not pass.
        throw new SyncSourceError(`Cloudflare: ${answer.errors.map((e) => e.message).join("; ")}`, {
          retryable: false,
        });
      }
      const groups = answer.data?.viewer?.zones?.[0]?.httpRequests1dGroups ?? [];
      return groups.map((group): TrafficDay => {
        const byStatusClass = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 };
        for (const { edgeResponseStatus, requests } of group.sum.responseStatusMap ?? []) {
          const key = `${Math.floor(edgeResponseStatus / 100)}xx`;
          if (key in byStatusClass) byStatusClass[key as keyof typeof byStatusClass] += requests;
        }
        const byCountry: Record<string, number> = {};
        for (const { clientCountryName, requests } of group.sum.countryMap ?? []) {
          // Cloudflare names countries by their alpha-2 code ("BR"); "XX" and "T1" (Tor) are not countries.
          if (/^[A-Z]{2}$/.test(clientCountryName) && clientCountryName !== "XX") {
            byCountry[clientCountryName] = (byCountry[clientCountryName] ?? 0) + requests;
          }
        }
        return {
          day: group.dimensions.date,
          requests: group.sum.requests,
          bytes: group.sum.bytes,
          byStatusClass,
          byCountry,
        };
      });
    },
  };
}
