import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { getTranslations } from "../../i18n/get-translations";
import { Logo } from "../brand/logo";
import { LanguageSwitcher } from "../language-switcher";
import type { NavItem } from "./nav-item";
import { SideNav } from "./side-nav";
import { UserMenu } from "./user-menu";

interface AppShellProps {
  /** Names the area next to the logo ("Dashboard", "Agency area"). */
  area: string;
  /** A white-labelled organization's brand, shown instead of Arco's (name, logo, accent colour). */
  brand?: { name: string; logoUrl?: string; color?: string };
  /** What the area is about right now (the organization switcher and plan), beside the logo. */
  context?: ReactNode;
  /** A notice above everything else (an active "view as"). */
  banner?: ReactNode;
  homeHref: string;
  email: string;
  name: string | null;
  nav: NavItem[];
  crossLink?: { href: string; label: string };
  children: ReactNode;
}

/** The signed-in frame shared by the client dashboard and the agency area. */
export async function AppShell({
  area,
  brand,
  context,
  banner,
  homeHref,
  email,
  name,
  nav,
  crossLink,
  children,
}: AppShellProps) {
  const { t } = await getTranslations();
  const brandName = brand?.name ?? t.common.appName;
  // A brand colour replaces the accent everywhere below, so buttons and highlights follow the client's brand.
  const brandStyle = brand?.color ? ({ "--accent": brand.color, "--ring": brand.color } as CSSProperties) : undefined;
  return (
    <div className="flex min-h-dvh flex-col" style={brandStyle}>
      {banner}
      <header className="sticky top-0 z-10 border-b border-border bg-surface/90 backdrop-blur">
        <div className="flex items-center justify-between gap-4 px-4 py-2.5 sm:px-6">
          <div className="flex min-w-0 items-center gap-3">
            <Link href={homeHref} className="shrink-0 rounded-lg" aria-label={`${brandName} — ${area}`}>
              {brand?.logoUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- a client's logo from any host, sized by CSS
                <img src={brand.logoUrl} alt="" className="h-7 w-auto max-w-32" />
              ) : brand ? (
                <span className="text-lg font-semibold tracking-tight">{brand.name}</span>
              ) : (
                <Logo label={t.common.appName} compact={context !== undefined} />
              )}
            </Link>
            {context ?? (
              <span className="hidden rounded-md bg-surface-muted px-2 py-0.5 text-xs font-medium text-fg-muted sm:inline">
                {area}
              </span>
            )}
          </div>
          <div className="flex items-center gap-2 sm:gap-3">
            <LanguageSwitcher />
            <UserMenu email={email} name={name} crossLink={crossLink} />
          </div>
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        {/* Before an organization is chosen or created there is nowhere to go: no empty column. */}
        {nav.length > 0 ? (
          <aside className="border-b border-border bg-surface px-3 py-3 md:w-60 md:shrink-0 md:border-r md:border-b-0 md:py-6">
            <SideNav label={t.shell.mainNavLabel} upcomingLabel={t.shell.upcomingNote} items={nav} />
          </aside>
        ) : null}
        <main id="main" className="min-w-0 flex-1 px-4 py-8 sm:px-8 lg:px-12">
          {children}
        </main>
      </div>
    </div>
  );
}
