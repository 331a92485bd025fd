import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { invalid, missing } from "./errors.ts";

/** A Stripe object as the API returns it: `id`, `object` and whatever fields its type has. */
export type StripeObject = { id: string; object: string; created: number; [field: string]: unknown };

interface Stored {
  objects: StripeObject[];
}

const prefixes: Record<string, string> = {
  customer: "cus",
  product: "prod",
  price: "price",
  "checkout.session": "cs_test",
  "billing_portal.session": "bps",
  subscription: "sub",
  subscription_item: "si",
  invoice: "in",
  event: "evt",
  payment_method: "pm",
  "test_helpers.test_clock": "clock",
};

/**
 * The local Stripe's objects, in insertion order (lists answer newest first, like Stripe). Kept in memory and,
 * with a file, written through after every change, so `npm run dev` keeps its customers across restarts.
 */
export class StripeStore {
  private readonly objects = new Map<string, StripeObject>();
  private readonly file: string | undefined;

  constructor(file?: string) {
    this.file = file;
    if (file && existsSync(file)) {
      for (const object of (JSON.parse(readFileSync(file, "utf8")) as Stored).objects)
        this.objects.set(object.id, object);
    }
  }

  newId(object: string): string {
    return `${prefixes[object] ?? object}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;
  }

  insert<T extends StripeObject>(object: T): T {
    this.objects.set(object.id, object);
    this.save();
    return object;
  }

  update<T extends StripeObject>(object: T, changes: Partial<T>): T {
    Object.assign(object, changes);
    this.save();
    return object;
  }

  find(object: string, id: string): StripeObject | undefined {
    const found = this.objects.get(id);
    return found?.object === object ? found : undefined;
  }

  get(object: string, id: string): StripeObject {
    const found = this.find(object, id);
    if (!found) throw missing(object.split(".").at(-1)!, id);
    return found;
  }

  all(object: string, where: (o: StripeObject) => boolean = () => true): StripeObject[] {
    return [...this.objects.values()].filter((o) => o.object === object && where(o));
  }

  /** Stripe's cursor pagination: newest first, `limit` (1–100, default 10), `starting_after`/`ending_before`. */
  list(object: string, url: string, query: Record<string, unknown>, where?: (o: StripeObject) => boolean) {
    const limit = query.limit === undefined ? 10 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalid("limit", "Invalid integer: limit");
    const items = this.all(object, where).reverse();
    let start = 0;
    if (typeof query.starting_after === "string") {
      start = items.findIndex((o) => o.id === query.starting_after) + 1;
      if (start === 0) throw missing(object, query.starting_after);
    } else if (typeof query.ending_before === "string") {
      const end = items.findIndex((o) => o.id === query.ending_before);
      if (end === -1) throw missing(object, query.ending_before);
      start = Math.max(0, end - limit);
      return { object: "list", url, has_more: start > 0, data: items.slice(start, end) };
    }
    const data = items.slice(start, start + limit);
    return { object: "list", url, has_more: start + limit < items.length, data };
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const partial = `${this.file}.partial`;
    writeFileSync(partial, JSON.stringify({ objects: [...this.objects.values()] } satisfies Stored));
    renameSync(partial, this.file);
  }
}
