import { Button, Heading, Section, Text } from "@react-email/components";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import { EmailLayout } from "./email-layout";
import { emailStyles } from "./email-styles";
import { leadEmailTexts } from "./lead-email-texts";
import { ScoreSummary } from "./score-summary";

export interface WelcomeEmailProps {
  locale: Locale;
  /** The analyzed site as people say it, e.g. `example.com`. */
  site: string;
  reportUrl: string;
  signUpUrl: string;
  unsubscribeUrl: string;
  analysisStatus: "queued" | "running" | "done" | "failed";
  /** Present once the analysis is done. */
  scores: AnalysisResult["scores"] | null;
}

/** Sent right after the visitor leaves an email: the report link (transactional), the scores when ready, sign-up. */
export function WelcomeEmail(props: WelcomeEmailProps) {
  const t = leadEmailTexts(props.locale);
  const site = { site: props.site };
  return (
    <EmailLayout
      locale={props.locale}
      brand={t.brand}
      preview={formatMessage(t.welcome.preview, site)}
      footerNote={formatMessage(t.footer.welcome, site)}
      unsubscribeLabel={t.footer.unsubscribe}
      unsubscribeUrl={props.unsubscribeUrl}
    >
      <Heading as="h1" style={emailStyles.heading}>
        {formatMessage(t.welcome.heading, site)}
      </Heading>
      <Text style={emailStyles.text}>{t.welcome.intro}</Text>
      {props.scores ? <ScoreSummary scores={props.scores} texts={t.scores} /> : null}
      {props.analysisStatus === "queued" || props.analysisStatus === "running" ? (
        <Text style={emailStyles.text}>{t.welcome.running}</Text>
      ) : null}
      {props.analysisStatus === "failed" ? <Text style={emailStyles.text}>{t.welcome.failed}</Text> : null}
      <Section style={{ margin: "20px 0 8px" }}>
        <Button href={props.reportUrl} style={emailStyles.button}>
          {t.welcome.openReport}
        </Button>
      </Section>
      <Heading as="h2" style={emailStyles.subheading}>
        {t.welcome.monitorHeading}
      </Heading>
      <Text style={emailStyles.text}>{t.welcome.monitorBody}</Text>
      <Button href={props.signUpUrl} style={emailStyles.secondaryButton}>
        {t.welcome.signUp}
      </Button>
    </EmailLayout>
  );
}
