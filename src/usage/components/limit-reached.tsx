import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";

/** "You use 1 of 1 projects on the Free plan.", for a limit counted in items (projects, domains). */
export function limitReachedMessage(
  t: Dictionary,
  format: Pick<Formatters, "number" | "locale">,
  details: { limit: "projects" | "domains"; value: number | null; usage: number; planName: string },
): string {
  return formatMessage(t.workspace.limits.reached, {
    used: format.number(details.usage),
    // A limit is only ever reached when there is one; null (unlimited) cannot refuse.
    limit: details.value === null ? format.number(details.usage) : format.number(details.value),
    what: t.workspace.limits[details.limit].toLocaleLowerCase(format.locale),
    plan: details.planName,
  });
}

/**
 * What a form shows instead of itself when the plan's limit is reached: why, and the way out (the upgrade).
 * Plain markup without hooks, so both the page (server) and a refused form (client) render it.
 */
export function LimitReached({
  title,
  message,
  body,
  upgradeHref,
  upgradeLabel,
  headingLevel = 2,
}: {
  title: string;
  message: string;
  body: string;
  upgradeHref: string;
  upgradeLabel: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="grid max-w-2xl gap-3 rounded-xl border border-warning/30 bg-warning-soft p-5">
      <Heading className="font-semibold text-warning">{title}</Heading>
      <p className="text-sm font-medium">{message}</p>
      <p className="text-sm text-fg-muted">{body}</p>
      <div>
        <Link href={upgradeHref} className={buttonStyles()}>
          {upgradeLabel}
        </Link>
      </div>
    </section>
  );
}
