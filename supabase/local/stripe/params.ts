import qs from "qs";
import { invalid } from "./errors.ts";

/** A request's parameters: Stripe's clients send nested form fields (`a[b][0]=c`) in the body or query. */
export type Params = Record<string, unknown>;

export async function readParams(req: Request): Promise<Params> {
  const url = new URL(req.url);
  const query = qs.parse(url.search.slice(1), { depth: 8, arrayLimit: 100 });
  if (req.method === "GET" || req.method === "DELETE") return query;
  return { ...query, ...qs.parse(await req.text(), { depth: 8, arrayLimit: 100 }) };
}

export function str(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(name, `Invalid string: ${name}`);
  return value;
}

export function required(params: Params, name: string): string {
  const value = str(params, name);
  if (!value) throw invalid(name, `Missing required param: ${name}.`);
  return value;
}

export function int(params: Params, name: string): number | undefined {
  const value = str(params, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw invalid(name, `Invalid integer: ${value}`);
  return Number(value);
}

export function bool(params: Params, name: string): boolean | undefined {
  const value = str(params, name);
  if (value === undefined) return undefined;
  if (value !== "true" && value !== "false") throw invalid(name, `Invalid boolean: ${value}`);
  return value === "true";
}

/** Arrays arrive as `a[0]=x` (objects keyed by index once past qs's array limit) or `a[]=x`. */
export function list(params: Params, name: string): unknown[] {
  const value = params[name];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "object" && value !== null) return Object.values(value);
  return [value];
}

export function obj(params: Params, name: string): Params | undefined {
  const value = params[name];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw invalid(name, `Invalid object: ${name}`);
  return value as Params;
}

/** Stripe's metadata update: keys merge into the existing ones, an empty value removes its key. */
export function mergeMetadata(current: unknown, update: Params | undefined): Record<string, string> {
  const merged: Record<string, string> = { ...(current as Record<string, string> | undefined) };
  for (const [key, value] of Object.entries(update ?? {})) {
    if (value === "") delete merged[key];
    else merged[key] = String(value);
  }
  return merged;
}
