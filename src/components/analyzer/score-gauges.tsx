import { categoryIds } from "../../analyzer/analysis-result";
import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";
import type { AnalysisScores } from "./analysis-status";
import { ScoreGauge } from "./score-gauge";
import { scoreBand } from "./score-bands";

/** The four category scores; plain props so both the report (client) and the dashboard (server) show them. */
export function ScoreGauges({ scores, copy }: { scores: AnalysisScores; copy: Dictionary["analyzerPages"]["report"] }) {
  return (
    <ul className="grid grid-cols-2 gap-6 sm:grid-cols-4">
      {categoryIds.map((id) => {
        const score = scores[id];
        return (
          <li key={id}>
            <ScoreGauge
              label={copy.categories[id]}
              score={score}
              scoreText={score === null ? copy.notScored : formatMessage(copy.scoreOutOf, { score })}
              bandLabel={score === null ? undefined : copy.scoreBands[scoreBand(score)]}
            />
          </li>
        );
      })}
    </ul>
  );
}
