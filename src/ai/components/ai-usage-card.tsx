import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { AiUsageMonth } from "../queries/get-ai-usage";

/** The month's AI usage on the plan's key (tokens and cost, per model), on the billing page. */
export function AiUsageCard({
  usage,
  ownKey,
  t,
  format,
}: {
  usage: AiUsageMonth;
  ownKey: boolean;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.insights.usage;
  const usd = (value: number) =>
    new Intl.NumberFormat(format.locale, { style: "currency", currency: "USD", maximumFractionDigits: 4 }).format(
      value,
    );
  return (
    <Card title={copy.title} description={copy.description}>
      {ownKey ? <p className="mb-3 text-sm text-fg-muted">{copy.byok}</p> : null}
      {usage.models.length === 0 ? (
        <p className="text-sm text-fg-muted">{copy.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-fg-muted">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {copy.model}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  {copy.requests}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  {copy.tokens}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {copy.cost}
                </th>
              </tr>
            </thead>
            <tbody>
              {usage.models.map((row) => (
                <tr key={row.model} className="border-t border-border">
                  <td className="py-1 pr-3">{row.model}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{format.number(row.requests)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">
                    {format.number(row.inputTokens + row.outputTokens)}
                  </td>
                  <td className="py-1 text-right tabular-nums">{usd(row.costUsd)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-border font-semibold">
                <th scope="row" className="py-1 pr-3 text-left">
                  {copy.total}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{format.number(usage.requests)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{format.number(usage.tokens)}</td>
                <td className="py-1 text-right tabular-nums" data-testid="ai-usage-cost">
                  {usd(usage.costUsd)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Card>
  );
}
