import { Column, Row, Section, Text } from "@react-email/components";
import { categoryIds, type AnalysisResult, type CategoryId } from "@/src/analyzer/analysis-result";
import type { LeadEmailTexts } from "@/src/i18n/sections/lead-emails.pt-BR";
import { emailStyles } from "./email-styles";

/** Lighthouse's own bands: 90–100 good, 50–89 needs improvement, 0–49 poor. */
function rating(score: number | null, texts: LeadEmailTexts["scores"]): { word: string; color: string } {
  if (score === null) return { word: texts.missing, color: "#475569" };
  if (score >= 90) return { word: texts.good, color: "#047857" };
  if (score >= 50) return { word: texts.average, color: "#b45309" };
  return { word: texts.poor, color: "#b91c1c" };
}

/** The four category scores as a small table; the rating is spelled out, never told by colour alone. */
export function ScoreSummary({ scores, texts }: { scores: AnalysisResult["scores"]; texts: LeadEmailTexts["scores"] }) {
  return (
    <Section>
      <Text style={emailStyles.subheading}>{texts.heading}</Text>
      {categoryIds.map((id: CategoryId) => {
        const score = scores[id];
        const { word, color } = rating(score, texts);
        return (
          <Row key={id}>
            <Column style={{ ...emailStyles.text, margin: 0, padding: "4px 0" }}>{texts[id]}</Column>
            <Column align="right" style={{ ...emailStyles.text, color, fontWeight: 700, margin: 0, padding: "4px 0" }}>
              {`${score ?? "–"} · ${word}`}
            </Column>
          </Row>
        );
      })}
    </Section>
  );
}
