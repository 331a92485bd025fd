import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { getTranslations } from "@/src/i18n/get-translations";

/** An unknown or malformed report link: say so, and offer a new analysis instead of a dead end. */
export default async function ReportNotFound() {
  const { t } = await getTranslations();
  const copy = t.analyzerPages.notFound;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-6 px-4 py-20 text-center sm:py-28">
      <div>
        <p className="text-sm font-semibold text-accent-text">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{copy.title}</h1>
        <p className="mt-3 text-fg-muted">{copy.body}</p>
      </div>
      <Link href="/analyze" className={buttonStyles()}>
        {copy.action}
      </Link>
    </div>
  );
}
