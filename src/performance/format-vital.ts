import type { Formatters } from "@/src/i18n/formatters";
import { vitalThresholds, type VitalId } from "./web-vitals";

/** A Web Vital in its unit: durations as "2.5 s" / "180 ms", CLS as a plain number ("0.12"). */
export function formatVital(id: VitalId, value: number, format: Formatters): string {
  return vitalThresholds[id].unit === "ms" ? format.duration(value) : format.number(value);
}
