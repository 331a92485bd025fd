import { Circle, Document, Link, Page, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { auditDetail } from "../../components/analyzer/audit-detail";
import { auditsCount } from "../../components/analyzer/audits-count";
import {
  formatBytes,
  formatDateTime,
  formatDuration,
  formatMetric,
} from "../../components/analyzer/format-report-values";
import {
  metricDefinitions,
  metricIds,
  metricRating,
  ratingBand,
  scoreBand,
  scoreBandColors,
  type ScoreBand,
} from "../../components/analyzer/score-bands";
import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";
import type { Locale } from "../../i18n/locales";
import { categoryIds, type AnalysisResult } from "../analysis-result";
import { pdfText } from "./pdf-text";
import { pdfColors, styles } from "./pdf-styles";

export interface ReportPdfProps {
  host: string;
  result: AnalysisResult;
  generatedAt: Date;
  t: Dictionary;
  locale: Locale;
}

const gaugeRadius = 26;
const gaugeCircumference = 2 * Math.PI * gaugeRadius;

function Gauge({ score }: { score: number | null }) {
  const colors = score === null ? null : scoreBandColors[scoreBand(score)];
  return (
    <Svg width={64} height={64} viewBox="0 0 64 64">
      {colors ? <Circle cx={32} cy={32} r={23} fill={colors.arc} fillOpacity={0.12} /> : null}
      <Circle cx={32} cy={32} r={gaugeRadius} fill="none" stroke={pdfColors.border} strokeWidth={5} />
      {colors && score !== null && score > 0 ? (
        <Circle
          cx={32}
          cy={32}
          r={gaugeRadius}
          fill="none"
          stroke={colors.arc}
          strokeWidth={5}
          strokeLinecap="round"
          strokeDasharray={`${(gaugeCircumference * score) / 100} ${gaugeCircumference}`}
          transform="rotate(-90 32 32)"
        />
      ) : null}
      <Text
        x={32}
        y={38}
        textAnchor="middle"
        fill={colors?.text ?? pdfColors.muted}
        style={{ fontFamily: "Helvetica-Bold", fontSize: 17 }}
      >
        {score === null ? "-" : String(score)}
      </Text>
    </Svg>
  );
}

/** Lighthouse's band shapes, as on the web report, so print in black and white still tells them apart. */
function Shape({ band }: { band: ScoreBand }) {
  const fill = scoreBandColors[band].arc;
  return (
    <Svg width={7} height={7} viewBox="0 0 12 12" style={{ marginRight: 4 }}>
      {band === "good" ? <Circle cx={6} cy={6} r={5.5} fill={fill} /> : null}
      {band === "average" ? <Rect x={1} y={1} width={10} height={10} fill={fill} /> : null}
      {band === "poor" ? <Path d="M6 0.8 11.4 11H0.6z" fill={fill} /> : null}
    </Svg>
  );
}

/**
 * The report as a PDF: the same scores, metrics (coloured by Google's thresholds), opportunities, page
 * figures and failed checks as the web page, in the reader's language.
 */
export function ReportDocument({ host, result, generatedAt, t, locale }: ReportPdfProps) {
  const copy = t.analyzerPages.report;
  const pdf = t.analyzerPages.pdf;
  const title = formatMessage(pdf.title, { host });
  return (
    <Document
      title={pdfText(title)}
      subject={result.finalUrl}
      author={t.common.appName}
      creator={t.common.appName}
      language={locale}
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.brand} fixed>
          <Svg width={16} height={16} viewBox="0 0 32 32">
            <Rect width={32} height={32} rx={8} fill={pdfColors.accent} />
            <Path d="M8 22a8 8 0 0 1 16 0" fill="none" stroke="#ffffff" strokeWidth={3} strokeLinecap="round" />
            <Circle cx={16} cy={22} r={2} fill="#ffffff" />
          </Svg>
          <Text style={styles.brandName}>{t.common.appName}</Text>
        </View>

        <Text style={styles.eyebrow}>{pdfText(copy.eyebrow)}</Text>
        <Text style={styles.title}>{pdfText(title)}</Text>
        <Text style={styles.meta}>
          {pdfText(copy.finalUrl)}:{" "}
          <Link src={result.finalUrl} style={{ color: pdfColors.accent }}>
            {pdfText(result.finalUrl)}
          </Link>
          {"\n"}
          {pdfText(formatMessage(copy.analyzedAt, { date: formatDateTime(result.fetchedAt, locale) }))}
          {"  ·  "}
          {formatMessage(copy.lighthouseVersion, { version: result.lighthouseVersion })}
        </Text>

        <View style={styles.section}>
          <Text style={styles.sectionTitle}>{pdfText(copy.scoresHeading)}</Text>
          <Text style={styles.sectionIntro}>{pdfText(copy.scoresIntro)}</Text>
          <View style={styles.gauges}>
            {categoryIds.map((id) => {
              const score = result.scores[id];
              const band = score === null ? null : scoreBand(score);
              return (
                <View key={id} style={styles.gauge}>
                  <Gauge score={score} />
                  <Text style={styles.gaugeLabel}>{pdfText(copy.categories[id])}</Text>
                  <Text style={[styles.gaugeBand, { color: band ? scoreBandColors[band].text : pdfColors.muted }]}>
                    {pdfText(band ? copy.scoreBands[band] : copy.notScored)}
                  </Text>
                </View>
              );
            })}
          </View>
        </View>

        <View style={styles.section}>
          <Text style={styles.sectionTitle}>{pdfText(copy.metricsHeading)}</Text>
          <Text style={styles.sectionIntro}>{pdfText(copy.metricsIntro)}</Text>
          <View style={styles.metrics}>
            {metricIds.map((id) => {
              const value = result.metrics[metricDefinitions[id].field];
              const rating = value === null ? null : metricRating(id, value);
              const colors = rating ? scoreBandColors[ratingBand[rating]] : null;
              return (
                <View
                  key={id}
                  style={[styles.metric, { borderLeftColor: colors?.arc ?? pdfColors.border }]}
                  wrap={false}
                >
                  <Text style={styles.metricName}>{pdfText(copy.metrics[id].name)}</Text>
                  <Text style={[styles.metricValue, { color: colors?.text ?? pdfColors.muted }]}>
                    {value === null ? "-" : pdfText(formatMetric(id, value, locale))}
                  </Text>
                  <View style={{ flexDirection: "row", alignItems: "center", marginTop: 3 }}>
                    {rating ? <Shape band={ratingBand[rating]} /> : null}
                    <Text style={styles.metricRating}>
                      {pdfText(rating ? copy.ratings[rating] : copy.ratings.notMeasured)}
                      {" · "}
                      {pdfText(
                        formatMessage(copy.goodUpTo, { value: formatMetric(id, metricDefinitions[id].good, locale) }),
                      )}
                    </Text>
                  </View>
                </View>
              );
            })}
          </View>
        </View>

        <View style={styles.section}>
          <Text style={styles.sectionTitle}>{pdfText(copy.pageHeading)}</Text>
          <View style={styles.stats}>
            {[
              { label: copy.pageWeight, value: formatBytes(result.pageWeightBytes, locale) },
              { label: copy.requestCount, value: new Intl.NumberFormat(locale).format(result.requestCount) },
              { label: copy.consoleErrors, value: new Intl.NumberFormat(locale).format(result.consoleErrorCount) },
            ].map((stat) => (
              <View key={stat.label} style={styles.stat}>
                <Text style={styles.statLabel}>{pdfText(stat.label)}</Text>
                <Text style={styles.statValue}>{pdfText(stat.value)}</Text>
              </View>
            ))}
          </View>
        </View>

        <View style={styles.section}>
          <Text style={styles.sectionTitle} minPresenceAhead={40}>
            {pdfText(copy.opportunitiesHeading)}
          </Text>
          <Text style={styles.sectionIntro}>{pdfText(copy.opportunitiesIntro)}</Text>
          {result.opportunities.length === 0 ? (
            <Text style={styles.rowDetail}>{pdfText(copy.opportunitiesEmpty)}</Text>
          ) : (
            result.opportunities.map((opportunity) => (
              <View key={opportunity.id} style={styles.row} wrap={false}>
                <View style={{ flexDirection: "row", alignItems: "flex-start", flex: 1 }}>
                  <View style={{ marginTop: 2.5 }}>
                    <Shape band={scoreBand(Math.round((opportunity.score ?? 0) * 100))} />
                  </View>
                  <Text style={[styles.rowTitle, { flex: 1 }]}>{pdfText(opportunity.title[locale])}</Text>
                </View>
                <Text style={styles.rowValue}>
                  {pdfText(
                    [
                      opportunity.savingsMs
                        ? formatMessage(copy.savingsTime, { value: formatDuration(opportunity.savingsMs, locale) })
                        : null,
                      opportunity.savingsBytes
                        ? formatMessage(copy.savingsBytes, { value: formatBytes(opportunity.savingsBytes, locale) })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(" · "),
                  )}
                </Text>
              </View>
            ))
          )}
        </View>

        <View style={styles.section}>
          <Text style={styles.sectionTitle} minPresenceAhead={40}>
            {pdfText(copy.auditsHeading)}
          </Text>
          <Text style={styles.sectionIntro}>{pdfText(copy.auditsIntro)}</Text>
          {categoryIds.map((category) => (
            <View key={category}>
              <Text style={styles.category} minPresenceAhead={20}>
                {pdfText(copy.categories[category])} ({pdfText(auditsCount(result.failedAudits[category].length, copy))}
                )
              </Text>
              {result.failedAudits[category].length === 0 ? (
                <Text style={styles.rowDetail}>{pdfText(copy.auditsNone)}</Text>
              ) : (
                result.failedAudits[category].map((audit) => {
                  const detail = auditDetail(audit, locale);
                  return (
                    <View key={audit.id} style={[styles.row, { paddingVertical: 4 }]} wrap={false}>
                      <View style={{ flexDirection: "row", alignItems: "flex-start", flex: 1 }}>
                        <View style={{ marginTop: 2.5 }}>
                          <Shape band={scoreBand(Math.round((audit.score ?? 0) * 100))} />
                        </View>
                        <Text style={[styles.rowTitle, { flex: 1 }]}>{pdfText(audit.title[locale])}</Text>
                      </View>
                      {detail ? (
                        <Text style={[styles.rowDetail, { width: 150, textAlign: "right" }]}>{pdfText(detail)}</Text>
                      ) : null}
                    </View>
                  );
                })
              )}
            </View>
          ))}
        </View>

        <View style={styles.footer} fixed>
          <Text>
            {pdfText(formatMessage(pdf.generated, { date: formatDateTime(generatedAt.toISOString(), locale) }))}
          </Text>
          <Text
            render={({ pageNumber, totalPages }) =>
              pdfText(formatMessage(pdf.page, { page: pageNumber, total: totalPages }))
            }
          />
        </View>
      </Page>
    </Document>
  );
}
