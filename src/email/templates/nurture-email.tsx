import { Button, Heading, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { NurtureDay } from "@/src/leads/nurture-schedule";
import { EmailLayout } from "./email-layout";
import { emailStyles } from "./email-styles";
import { leadEmailTexts } from "./lead-email-texts";

export interface NurtureEmailProps {
  locale: Locale;
  day: NurtureDay;
  /** The analyzed site as people say it; the texts' fallback when the lead left none. */
  site: string | null;
  /** The lead's latest report, when there is one. */
  reportUrl: string | null;
  analyzeUrl: string;
  signUpUrl: string;
  unsubscribeUrl: string;
  report: AnalysisResult | null;
}

const QUICK_WINS = 3;

function formatDuration(ms: number, locale: Locale): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}

function formatBytes(bytes: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
}

function List({ items }: { items: ReactNode[] }) {
  return (
    <ul style={{ margin: "0 0 14px", paddingLeft: "20px" }}>
      {items.map((item, i) => (
        <li key={i} style={emailStyles.listItem}>
          {item}
        </li>
      ))}
    </ul>
  );
}

function Cta({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "20px 0 8px" }}>
      <Button href={href} style={emailStyles.button}>
        {children}
      </Button>
    </Section>
  );
}

/**
 * One email of the nurture sequence; each day teaches something different: Core Web Vitals (3), quick wins
 * from the lead's own report (7), why monitoring beats a one-off check (14), and a last call to sign up (30).
 */
export function NurtureEmail(props: NurtureEmailProps) {
  const t = leadEmailTexts(props.locale);
  const site = { site: props.site ?? t.siteFallback };
  const texts = t.nurture[`day${props.day}`];
  const reportCta = props.reportUrl ? (
    <Cta href={props.reportUrl}>{t.nurture.openReport}</Cta>
  ) : (
    <Cta href={props.analyzeUrl}>{t.nurture.analyzeAgain}</Cta>
  );

  let body: ReactNode;
  if (props.day === 3) {
    const day = t.nurture.day3;
    const { lcpMs, cls } = props.report?.metrics ?? { lcpMs: null, cls: null };
    body = (
      <>
        <Text style={emailStyles.text}>{day.intro}</Text>
        <List items={[day.lcp, day.inp, day.cls]} />
        {lcpMs !== null && cls !== null ? (
          <Text style={emailStyles.text}>
            {formatMessage(day.yourSite, {
              ...site,
              lcp: formatDuration(lcpMs, props.locale),
              cls: new Intl.NumberFormat(props.locale, { maximumFractionDigits: 2 }).format(cls),
            })}
          </Text>
        ) : null}
        <Text style={emailStyles.muted}>{day.lab}</Text>
        {reportCta}
      </>
    );
  } else if (props.day === 7) {
    const day = t.nurture.day7;
    const wins = (props.report?.opportunities ?? []).slice(0, QUICK_WINS);
    body = (
      <>
        {wins.length > 0 ? (
          <>
            <Text style={emailStyles.text}>{day.intro}</Text>
            <List
              items={wins.map((win) => {
                const amount =
                  win.savingsMs !== null && win.savingsMs > 0
                    ? formatDuration(win.savingsMs, props.locale)
                    : win.savingsBytes !== null && win.savingsBytes > 0
                      ? formatBytes(win.savingsBytes, props.locale)
                      : null;
                return (
                  <>
                    <strong>{win.title[props.locale]}</strong>
                    {amount ? ` — ${formatMessage(day.saving, { amount })}` : null}
                  </>
                );
              })}
            />
          </>
        ) : (
          <Text style={emailStyles.text}>{props.report ? day.none : day.noReport}</Text>
        )}
        <Text style={emailStyles.text}>{day.closing}</Text>
        {reportCta}
      </>
    );
  } else if (props.day === 14) {
    const day = t.nurture.day14;
    body = (
      <>
        <Text style={emailStyles.text}>{day.intro}</Text>
        <Text style={emailStyles.text}>{day.points}</Text>
        <Text style={emailStyles.text}>{day.closing}</Text>
        <Cta href={props.signUpUrl}>{t.nurture.signUp}</Cta>
      </>
    );
  } else {
    const day = t.nurture.day30;
    body = (
      <>
        <Text style={emailStyles.text}>{formatMessage(day.intro, site)}</Text>
        <Text style={emailStyles.text}>{day.offer}</Text>
        <Cta href={props.signUpUrl}>{t.nurture.signUp}</Cta>
        <Text style={emailStyles.muted}>{day.closing}</Text>
      </>
    );
  }

  return (
    <EmailLayout
      locale={props.locale}
      brand={t.brand}
      preview={formatMessage(texts.preview, site)}
      footerNote={formatMessage(t.footer.nurture, site)}
      unsubscribeLabel={t.footer.unsubscribe}
      unsubscribeUrl={props.unsubscribeUrl}
    >
      <Heading as="h1" style={emailStyles.heading}>
        {formatMessage(texts.heading, site)}
      </Heading>
      {body}
    </EmailLayout>
  );
}
