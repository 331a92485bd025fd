import { z } from "zod";
import type { InsightFigure } from "./insight-figure";

/**
 * What the model must answer (OpenAI's structured output, from this schema): a headline and a few paragraphs,
 * each listing the figure ids it rests on, and marking them in the text as `[F3]`.
 */
export const insightAnswerSchema = z.object({
  headline: z.string().min(1).max(200),
  paragraphs: z
    .array(z.object({ text: z.string().min(1).max(2000), citations: z.array(z.string().max(10)).max(12) }))
    .min(1)
    .max(6),
});
export type InsightAnswer = z.output<typeof insightAnswerSchema>;

/** What is stored and shown: the answer with only citations of figures the model was given. */
export type InsightContent = InsightAnswer & { droppedCitations: number };

const marker = /\[(F\d{1,3})\]/g;

/**
 * Keeps the answer honest: a citation (listed or marked in the text) of a figure that was not given is
 * dropped, a paragraph left without any citation is dropped (a claim with no source), and an answer with no
 * cited paragraph left is refused (null).
 */
export function keepCitedParagraphs(answer: InsightAnswer, figures: InsightFigure[]): InsightContent | null {
  const known = new Set(figures.map((figure) => figure.id));
  let dropped = 0;
  const paragraphs = answer.paragraphs.flatMap((paragraph) => {
    const marked = [...paragraph.text.matchAll(marker)].map((match) => match[1]!);
    const cited = [...new Set([...paragraph.citations, ...marked])];
    const kept = cited.filter((id) => known.has(id));
    dropped += cited.length - kept.length;
    if (kept.length === 0) return [];
    const text = paragraph.text
      .replace(marker, (whole, id: string) => (known.has(id) ? whole : ""))
      .replace(/\s+([.,;:!?])/g, "$1")
      .trim();
    return [{ text, citations: kept }];
  });
  if (paragraphs.length === 0) return null;
  return { headline: answer.headline, paragraphs, droppedCitations: dropped };
}
