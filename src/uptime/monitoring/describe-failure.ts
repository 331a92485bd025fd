import { formatMessage } from "@/src/i18n/format-message";
import type { MonitoringTexts } from "@/src/i18n/sections/monitoring.pt-BR";

/** A check's failure code (see probe-url) in words. */
export function describeFailure(code: string | null, texts: MonitoringTexts["failureReasons"]): string {
  if (!code) return formatMessage(texts.other, { code: "?" });
  if (
    code === "timeout" ||
    code === "too_many_redirects" ||
    code === "response_too_large" ||
    code === "keyword_missing"
  )
    return texts[code];
  const [kind, detail = "?"] = code.split(/[:_](.*)/s);
  if (kind === "http") return formatMessage(texts.http, { status: detail });
  if (kind === "tls") return formatMessage(texts.tls, { code: detail });
  if (kind === "dns") return formatMessage(texts.dns, { code: detail });
  return formatMessage(texts.other, { code: detail });
}
