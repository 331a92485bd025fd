"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { useI18n } from "../../i18n/i18n-provider";
import { Icon } from "../ui/icons";
import { rememberedEmail } from "./remembered-email";

const noSubscription = () => () => {};

/** "Get this monitored": sign-up prefilled with the email given here, carrying the analysis to import. */
export function SignUpCta({ analysisId }: { analysisId: string }) {
  const { t } = useI18n();
  const copy = t.analyzerPages.cta;
  // Read on every render (the email may have just been given); absent while rendering on the server.
  const email = useSyncExternalStore(noSubscription, rememberedEmail, () => null);
  const query = new URLSearchParams({ ...(email ? { email } : {}), analysis: analysisId });
  return (
    <section
      aria-labelledby="cta-title"
      className="flex flex-col items-start gap-5 rounded-2xl bg-accent p-6 text-accent-fg sm:flex-row sm:items-center sm:justify-between sm:p-8"
    >
      <div className="max-w-2xl">
        <h2 id="cta-title" className="text-xl font-semibold tracking-tight">
          {copy.title}
        </h2>
        <p className="mt-2 text-accent-fg/90">{copy.body}</p>
      </div>
      <Link
        href={`/sign-up?${query}`}
        className="inline-flex min-h-10 shrink-0 items-center justify-center gap-2 rounded-lg bg-surface px-4 py-2 text-sm font-semibold text-accent-text shadow-sm hover:bg-accent-soft"
      >
        {copy.button}
        <Icon name="arrowRight" className="size-4" />
      </Link>
    </section>
  );
}
