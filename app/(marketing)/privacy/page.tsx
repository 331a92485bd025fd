import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.privacy.page.title, description: t.privacy.page.description };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-3">
      <h2 className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/**
 * The public privacy policy (LGPD): who handles the data, what is kept and for how long, the processors the
 * code reaches, and the rights with links to the pages that exercise them.
 */
export default async function PrivacyPage() {
  const { t } = await getTranslations();
  const copy = t.privacy.page;
  return (
    <article className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{copy.title}</h1>
        <p className="text-fg-muted">{copy.description}</p>
        <p className="text-sm text-fg-muted">{copy.updated}</p>
      </header>
      <Section title={copy.controllerTitle}>
        <p>{copy.controllerBody}</p>
      </Section>
      <Section title={copy.dataTitle}>
        <ul className="grid list-disc gap-1 pl-5">
          {copy.data.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Section>
      <Section title={copy.retentionTitle}>
        <ul className="grid list-disc gap-1 pl-5">
          {copy.retention.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Section>
      <Section title={copy.processorsTitle}>
        <p>{copy.processorsIntro}</p>
        <dl className="grid gap-3 sm:grid-cols-2">
          {copy.processors.map(([name, purpose]) => (
            <div key={name} className="rounded-lg border border-border p-3">
              <dt className="font-semibold">{name}</dt>
              <dd className="text-sm text-fg-muted">{purpose}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={copy.rightsTitle}>
        <p>{copy.rightsBody}</p>
        <ul className="grid list-disc gap-1 pl-5">
          <li>
            <Link href="/account/privacy" className="font-medium text-accent-text underline">
              {copy.rightsExport}
            </Link>
          </li>
          <li>
            <Link href="/account/privacy#delete-account" className="font-medium text-accent-text underline">
              {copy.rightsDelete}
            </Link>
          </li>
          <li>{copy.rightsOrganization}</li>
          <li>{copy.rightsUnsubscribe}</li>
        </ul>
      </Section>
      <Section title={copy.contactTitle}>
        <p>{copy.contactBody}</p>
      </Section>
    </article>
  );
}
