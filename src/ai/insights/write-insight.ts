import "server-only";
import type OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { insightAnswerSchema, type InsightAnswer } from "./insight-answer";
import type { InsightFigure } from "./insight-figure";

const languages = { "pt-BR": "Write in Brazilian Portuguese (pt-BR).", en: "Write in English." } as const;

export interface WrittenInsight {
  answer: InsightAnswer;
  model: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * Asks the model for the narrative, through the official SDK's structured output (the JSON schema of
 * `insightAnswerSchema`, parsed and validated by the SDK). The model sees only the figures, each with its id;
 * it is told to cite them and to state no number that is not among them.
 */
export async function writeInsight(
  client: OpenAI,
  input: { model: string; organizationName: string; locale: "pt-BR" | "en"; figures: InsightFigure[] },
): Promise<WrittenInsight> {
  const completion = await client.chat.completions.parse({
    model: input.model,
    temperature: 0.2,
    messages: [
      {
        role: "system",
        content: [
          "You are an analyst at a digital agency writing a short monthly insight for a client.",
          "Explain what changed in the client's figures and why it matters for their business, in 2 to 4 short paragraphs.",
          "Use only the figures given. Every number you mention must be one of them, and every paragraph must cite",
          'the ids of the figures it uses, both in "citations" and in the text as [F1]. Never invent figures or ids.',
          languages[input.locale],
        ].join(" "),
      },
      {
        role: "user",
        content: `Client: ${input.organizationName}\nFigures (JSON):\n${JSON.stringify(
          input.figures.map(({ id, label, value, previous, unit }) => ({ id, label, value, previous, unit })),
        )}`,
      },
    ],
    response_format: zodResponseFormat(insightAnswerSchema, "insight"),
  });
  const message = completion.choices[0]?.message;
  if (!message?.parsed) throw new Error(message?.refusal ? "the model refused" : "the model gave no answer");
  return {
    answer: message.parsed,
    // The requested name, not the dated snapshot OpenAI answers with: the price list is keyed by it.
    model: input.model,
    inputTokens: completion.usage?.prompt_tokens ?? 0,
    outputTokens: completion.usage?.completion_tokens ?? 0,
  };
}
