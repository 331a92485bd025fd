import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { Delivery } from "../queries/get-project-timeline";

/** Only web links are rendered as links: the column is free text written by staff tooling. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A project's deliveries, latest first: what, when, where to open it and the agency's notes. */
export function DeliveryList({ deliveries, t, format }: { deliveries: Delivery[]; t: Dictionary; format: Formatters }) {
  const copy = t.projects.deliveries;
  return (
    <ul className="grid divide-y divide-border">
      {deliveries.map((delivery) => (
        <li key={delivery.id} className="grid gap-1 py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <h3 className="font-medium">{delivery.title}</h3>
            <time dateTime={delivery.deliveredAt.toISOString()} className="text-sm text-fg-muted tabular-nums">
              {format.date(delivery.deliveredAt)}
            </time>
          </div>
          {delivery.notes ? <p className="text-sm text-fg-muted">{delivery.notes}</p> : null}
          {delivery.url && isWebUrl(delivery.url) ? (
            <a
              href={delivery.url}
              rel="noreferrer"
              className="w-fit text-sm font-medium break-all text-accent-text hover:underline"
            >
              {copy.open}
              <span className="sr-only">: {delivery.title}</span>
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
