import Link from "next/link";
import { ArcIllustration } from "@/src/components/brand/arc-illustration";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { FeatureGrid } from "@/src/components/ui/feature-grid";
import { Icon, type IconName } from "@/src/components/ui/icons";
import { getTranslations } from "@/src/i18n/get-translations";

const featureIcons = {
  dashboard: "layout",
  tickets: "ticket",
  performance: "gauge",
  reports: "file",
} as const satisfies Record<string, IconName>;

export default async function LandingPage() {
  const { t } = await getTranslations();
  const { hero, features, analyzer } = t.marketing;
  return (
    <>
      <section
        aria-labelledby="hero-title"
        className="mx-auto grid max-w-6xl items-center gap-10 px-4 pt-16 pb-14 sm:px-6 sm:pt-24 lg:grid-cols-[3fr_2fr]"
      >
        <div className="max-w-3xl">
          <p className="text-sm font-semibold text-accent-text">{hero.eyebrow}</p>
          <h1 id="hero-title" className="mt-3 text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            {hero.title}
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-pretty text-fg-muted">{hero.subtitle}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonStyles()}>
              {hero.primaryCta}
              <Icon name="arrowRight" className="size-4" />
            </Link>
            <Link href="/sign-in" className={buttonStyles({ variant: "secondary" })}>
              {hero.secondaryCta}
            </Link>
          </div>
        </div>
        <div className="hidden justify-center lg:flex">
          <ArcIllustration />
        </div>
      </section>

      <section aria-labelledby="features-title" className="border-y border-border bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="features-title" className="text-2xl font-semibold tracking-tight">
            {features.heading}
          </h2>
          <FeatureGrid
            features={(Object.keys(featureIcons) as Array<keyof typeof featureIcons>).map((key) => ({
              icon: featureIcons[key],
              ...features[key],
            }))}
          />
        </div>
      </section>

      <section aria-labelledby="analyzer-title" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <div className="flex flex-col items-start gap-5 rounded-2xl bg-accent-soft p-8 sm:flex-row sm:items-center sm:justify-between">
          <div className="max-w-2xl">
            <h2 id="analyzer-title" className="text-xl font-semibold tracking-tight">
              {analyzer.title}
            </h2>
            <p className="mt-2 text-fg-muted">{analyzer.body}</p>
          </div>
          <Link href="/analyze" className={`${buttonStyles()} shrink-0`}>
            {analyzer.cta}
          </Link>
        </div>
      </section>
    </>
  );
}
