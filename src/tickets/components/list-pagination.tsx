import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";

/** Previous and next page links around "Page 2 of 5"; nothing when everything fits on one page. */
export function ListPagination({
  page,
  pages,
  hrefFor,
  t,
  format,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  t: Dictionary;
  format: Formatters;
}) {
  if (pages <= 1) return null;
  const copy = t.tickets.pagination;
  const link = (target: number, label: string) =>
    target >= 1 && target <= pages ? (
      <Link href={hrefFor(target)} className={buttonStyles({ variant: "secondary" })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={`${buttonStyles({ variant: "secondary" })} pointer-events-none opacity-50`}>
        {label}
      </span>
    );
  return (
    <nav aria-label={copy.label} className="flex flex-wrap items-center justify-between gap-3">
      {link(page - 1, copy.previous)}
      <p className="text-sm text-fg-muted tabular-nums">
        {formatMessage(copy.page, { page: format.number(page), pages: format.number(pages) })}
      </p>
      {link(page + 1, copy.next)}
    </nav>
  );
}
