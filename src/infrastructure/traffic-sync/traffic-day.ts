/** One day of a site's traffic as a provider reports it (UTC day). */
export interface TrafficDay {
  day: string;
  requests: number;
  bytes: number;
  byStatusClass: { "2xx": number; "3xx": number; "4xx": number; "5xx": number };
  /** Requests per ISO 3166-1 alpha-2 country code. */
  byCountry: Record<string, number>;
}

/** Reads a traffic source's daily figures between two dates (inclusive, `YYYY-MM-DD`). */
export interface TrafficProvider {
  readonly provider: "cloudflare" | "vercel";
  trafficDays(since: string, until: string): Promise<TrafficDay[]>;
}
