"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon } from "../ui/icons";
import type { NavItem } from "./nav-item";

/**
 * The dashboard's sections. Only sections that exist are links; the rest are listed (so users see what the
 * product is becoming) under a heading that says they arrive in upcoming releases, and are not clickable.
 */
export function SideNav({ label, upcomingLabel, items }: { label: string; upcomingLabel: string; items: NavItem[] }) {
  const pathname = usePathname();
  const available = items.filter((item) => item.href);
  const upcoming = items.filter((item) => !item.href);
  return (
    <nav aria-label={label} className="grid gap-6 text-sm">
      <ul className="flex gap-1 overflow-x-auto md:grid md:gap-0.5">
        {available.map((item) => {
          const current =
            item.href === pathname || (!item.exact && item.href !== undefined && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.label}>
              <Link
                href={item.href ?? "#"}
                aria-current={current ? "page" : undefined}
                className={`flex items-center gap-3 rounded-lg px-3 py-2 font-medium whitespace-nowrap ${current ? "bg-accent-soft text-accent-text" : "text-fg-muted hover:bg-surface-muted hover:text-fg"}`}
              >
                <Icon name={item.icon} className="size-4.5" />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {upcoming.length > 0 ? (
        <div className="max-md:hidden">
          <p id="upcoming-sections" className="px-3 text-xs font-semibold tracking-wide text-fg-muted uppercase">
            {upcomingLabel}
          </p>
          <ul aria-labelledby="upcoming-sections" className="mt-2 grid gap-0.5">
            {upcoming.map((item) => (
              <li key={item.label} className="flex items-center gap-3 px-3 py-1.5 text-fg-muted">
                <Icon name={item.icon} className="size-4.5 opacity-70" />
                {item.label}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </nav>
  );
}
