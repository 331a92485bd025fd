import Link from "next/link";
import { DisclosurePopover } from "@/src/components/ui/disclosure-popover";
import { Icon } from "@/src/components/ui/icons";

/**
 * The organization in the top bar, and a list of links to the user's organizations under a disclosure button
 * (navigation, so links in a list rather than an ARIA menu). With one organization it is just the name.
 */
export function OrganizationSwitcher({
  current,
  organizations,
  label,
  listLabel,
  planBadge,
}: {
  current: { name: string; slug: string };
  organizations: Array<{ name: string; slug: string; plan: string }>;
  label: string;
  listLabel: string;
  planBadge: string;
}) {
  const badge = (
    <span className="hidden rounded-md bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent-text sm:inline">
      {planBadge}
    </span>
  );
  if (organizations.length <= 1) {
    return (
      <span className="flex min-w-0 items-center gap-2">
        <span className="truncate text-sm font-semibold">{current.name}</span>
        {badge}
      </span>
    );
  }
  return (
    <span className="flex min-w-0 items-center gap-2">
      <DisclosurePopover
        triggerLabel={`${label}: ${current.name}`}
        triggerClassName="flex min-h-9 min-w-0 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold hover:bg-surface-muted"
        panelClassName="absolute left-0 z-50 mt-1.5 w-max max-w-[min(20rem,calc(100vw-2rem))] min-w-60 rounded-xl border border-border bg-surface p-1.5 text-sm shadow-lg"
        trigger={
          <>
            <span className="truncate">{current.name}</span>
            <Icon name="chevronDown" className="size-4 shrink-0 text-fg-muted" />
          </>
        }
      >
        <nav aria-label={listLabel}>
          <p aria-hidden="true" className="px-2.5 py-1.5 text-xs font-semibold text-fg-muted">
            {listLabel}
          </p>
          <ul>
            {organizations.map((organization) => (
              <li key={organization.slug}>
                <Link
                  href={`/app/${organization.slug}`}
                  aria-current={organization.slug === current.slug ? "page" : undefined}
                  className="flex items-center justify-between gap-3 rounded-lg px-2.5 py-2 hover:bg-surface-muted aria-[current=page]:bg-accent-soft"
                >
                  <span className="truncate font-medium">{organization.name}</span>
                  <span className="text-xs text-fg-muted">{organization.plan}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </DisclosurePopover>
      {badge}
    </span>
  );
}
