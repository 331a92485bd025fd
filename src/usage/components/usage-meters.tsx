import { UsageMeter } from "@/src/components/ui/usage-meter";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { limitKeys, type Limits } from "@/src/workspace/require-workspace";
import type { Usage } from "../queries/get-usage";

/** Every plan limit as a meter: "3 of 10", storage in bytes, unlimited said in words. */
export function UsageMeters({
  limits,
  usage,
  t,
  format,
}: {
  limits: Limits;
  usage: Usage;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.workspace.limits;
  return (
    <div className="grid gap-4">
      {limitKeys.map((key) => {
        const amount = (value: number) => (key === "storage_bytes" ? format.bytes(value) : format.number(value));
        const used = amount(usage[key]);
        const limit = limits[key];
        return (
          <UsageMeter
            key={key}
            label={copy[key]}
            used={usage[key]}
            limit={limit}
            usedText={used}
            summary={
              limit === null
                ? formatMessage(copy.unlimited, { used })
                : formatMessage(copy.of, { used, limit: amount(limit) })
            }
          />
        );
      })}
    </div>
  );
}
