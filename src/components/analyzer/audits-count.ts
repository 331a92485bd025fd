import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";

/** "1 item" / "3 items": both languages need the singular only for exactly one. */
export function auditsCount(count: number, copy: Dictionary["analyzerPages"]["report"]): string {
  return count === 1 ? copy.auditsCountOne : formatMessage(copy.auditsCount, { count });
}
