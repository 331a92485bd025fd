import Link from "next/link";
import { UsageMeter } from "@/src/components/ui/usage-meter";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";

/** The organization's storage against its plan ("21.5 GB of 100 GB"), what is free, and the upgrade when full. */
export function StorageMeter({
  used,
  limit,
  upgradeHref,
  t,
  format,
}: {
  used: number;
  limit: number | null;
  upgradeHref: string;
  t: Dictionary;
  format: Formatters;
}) {
  const limits = t.workspace.limits;
  const usedText = format.bytes(used);
  const full = limit !== null && used >= limit;
  return (
    <section
      aria-label={t.files.storage.label}
      className="grid gap-2 rounded-xl border border-border bg-surface p-4 shadow-xs"
    >
      <UsageMeter
        label={t.files.storage.label}
        used={used}
        limit={limit}
        usedText={usedText}
        summary={
          limit === null
            ? formatMessage(limits.unlimited, { used: usedText })
            : formatMessage(limits.of, { used: usedText, limit: format.bytes(limit) })
        }
      />
      {limit !== null ? (
        <p className="text-xs text-fg-muted">
          {full ? (
            <>
              {t.files.storage.full}{" "}
              <Link href={upgradeHref} className="font-medium text-accent-text underline">
                {t.files.storage.upgrade}
              </Link>
            </>
          ) : (
            formatMessage(t.files.storage.left, { left: format.bytes(limit - used) })
          )}
        </p>
      ) : null}
    </section>
  );
}
