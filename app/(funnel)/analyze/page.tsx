import type { Metadata } from "next";
import { AnalyzeForm } from "@/src/components/analyzer/analyze-form";
import { FeatureGrid } from "@/src/components/ui/feature-grid";
import { Icon, type IconName } from "@/src/components/ui/icons";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.analyzerPages.meta.analyzeTitle, description: t.analyzerPages.meta.analyzeDescription };
}

const featureIcons = {
  performance: "gauge",
  accessibility: "users",
  bestPractices: "key",
  seo: "globe",
} as const satisfies Record<string, IconName>;

export default async function AnalyzePage() {
  const { t } = await getTranslations();
  const copy = t.analyzerPages.analyze;
  return (
    <>
      <section
        aria-labelledby="analyze-title"
        className="mx-auto grid max-w-6xl items-start gap-10 px-4 pt-12 pb-14 sm:px-6 sm:pt-20 lg:grid-cols-[1fr_28rem]"
      >
        <div className="max-w-2xl lg:pt-6">
          <p className="text-sm font-semibold text-accent-text">{copy.eyebrow}</p>
          <h1 id="analyze-title" className="mt-3 text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            {copy.title}
          </h1>
          <p className="mt-5 text-lg text-pretty text-fg-muted">{copy.subtitle}</p>
          <ul className="mt-8 grid gap-3">
            {Object.values(copy.highlights).map((highlight) => (
              <li key={highlight} className="flex items-center gap-3">
                <span className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-success-soft text-success">
                  <Icon name="check" className="size-4" />
                </span>
                {highlight}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-8">
          <h2 className="text-lg font-semibold tracking-tight">{copy.formTitle}</h2>
          <div className="mt-5">
            <AnalyzeForm />
          </div>
        </div>
      </section>

      <section aria-labelledby="analyze-features" className="border-t border-border bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="analyze-features" className="text-2xl font-semibold tracking-tight">
            {copy.featuresHeading}
          </h2>
          <FeatureGrid
            features={(Object.keys(featureIcons) as Array<keyof typeof featureIcons>).map((key) => ({
              icon: featureIcons[key],
              ...copy.features[key],
            }))}
          />
        </div>
      </section>
    </>
  );
}
