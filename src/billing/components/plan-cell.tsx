import { Icon } from "@/src/components/ui/icons";
import type { PlanCell } from "../plan-comparison-rows";

/** A cell's words, with a check or a dash beside features: the words carry the meaning, the icon helps scan. */
export function PlanCellText({ cell }: { cell: PlanCell }) {
  if (cell.included === undefined) return <>{cell.text}</>;
  return (
    <span className={`inline-flex items-start gap-1.5 ${cell.included ? "" : "text-fg-muted"}`}>
      {cell.included ? (
        <Icon name="check" className="mt-0.5 size-4 shrink-0 text-success" />
      ) : (
        <span aria-hidden="true" className="w-4 shrink-0 text-center">
          –
        </span>
      )}
      {cell.text}
    </span>
  );
}
