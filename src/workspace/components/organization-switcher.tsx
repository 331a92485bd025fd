"use client";

import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { Icon } from "@/src/components/ui/icons";

/**
 * The organization in the top bar, and a menu of the user's other organizations (Radix's menu: keyboard,
 * focus and screen-reader behaviour as WAI-ARIA describes them). With one organization it is just the name.
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
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          aria-label={`${label}: ${current.name}`}
          className="flex min-h-9 min-w-0 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold hover:bg-surface-muted"
        >
          <span className="truncate">{current.name}</span>
          <Icon name="chevronDown" className="size-4 shrink-0 text-fg-muted" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="start"
            sideOffset={6}
            className="z-50 min-w-60 rounded-xl border border-border bg-surface p-1.5 text-sm shadow-lg"
          >
            <DropdownMenu.Label className="px-2.5 py-1.5 text-xs font-semibold text-fg-muted">
              {listLabel}
            </DropdownMenu.Label>
            {organizations.map((organization) => (
              <DropdownMenu.Item key={organization.slug} asChild>
                <Link
                  href={`/app/${organization.slug}`}
                  aria-current={organization.slug === current.slug ? "page" : undefined}
                  className="flex items-center justify-between gap-3 rounded-lg px-2.5 py-2 outline-none data-highlighted:bg-surface-muted"
                >
                  <span className="truncate font-medium">{organization.name}</span>
                  <span className="text-xs text-fg-muted">{organization.plan}</span>
                </Link>
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {badge}
    </span>
  );
}
