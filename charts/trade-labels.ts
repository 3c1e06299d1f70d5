import type { SourceId } from '../data/sources'
import type { StatisticsKind, TradeRecord } from '../data/trade'
import type { TradeBar, TradeComparison } from './trade-marks'
import type { ComparisonKind, TradeSettings } from './trade-scales'
import { powerById } from '../data/powers'
import { formatBillions, statisticsLabel } from '../data/trade'
import { TYPE } from './frame'
import { textWidth } from './text-measure'
import { capitalise, listJoin, powerNameInSentence, publishers } from './wording'

/**
 * TradeChart's labels and table steps: the legend, the headline and subtitle, the source line naming
 * whose statistics each number is, and the description and hidden table of the same numbers.
 */

export interface LegendItem {
  kind: 'bar' | ComparisonKind
  text: string
  x: number
  y: number
  /** 0: shown from the start; otherwise the step at which it appears. */
  step: number
}

/** A row of the hidden table: a bar or a comparison mark, with how it is drawn. */
export interface TradeTableRow { partner: string, year: number, value: string, whose: string, shownAs: string }

const LEGEND_Y = 82

/** Labels step: one legend entry for the bars, one per kind of comparison mark (shown with them), left to right. */
export function tradeLegend(comparisons: readonly TradeComparison[], s: TradeSettings, comparisonStep: number): LegendItem[] {
  const kinds = [
    ...new Set(comparisons.map(c => c.kind)),
  ].sort()
  const entries: Omit<LegendItem, 'x' | 'y'>[] = [
    { kind: 'bar', text: `Bars: ${s.year}, ${statisticsLabel[s.statistics]}`, step: 0 },
    ...kinds.map((kind) => {
      const cs = comparisons.filter(c => c.kind === kind)
      const who = listJoin([
        ...new Set(cs.map(c => `${powerById[c.partner].name} ${c.record.year}`)),
      ])
      return kind === 'article'
        ? { kind, text: `Figure quoted by the article (${who})`, step: comparisonStep }
        : { kind, text: `${listJoin([
            ...new Set(cs.map(c => statisticsLabel[c.record.statistics])),
          ])} (${who})`, step: comparisonStep }
    }),
  ]
  let x = 0
  return entries.map((entry) => {
    const item = { ...entry, x, y: LEGEND_Y }
    x += 22 + textWidth(entry.text, TYPE.small) + 26
    return item
  })
}

/**
 * Labels step: the source line, saying whose statistics each number is and who reported it. The
 * article's own figure is named as such, whether it is a bar (2021) or a comparison mark (2022).
 */
export function tradeSourceText(shown: readonly TradeRecord[], comparisons: readonly TradeComparison[]): string {
  const groups = new Map<string, { ids: SourceId[], records: TradeRecord[] }>()
  for (const r of [
    ...shown,
    ...comparisons.map(c => c.record),
  ]) {
    const key = r.article
      ? 'article'
      : r.statistics
    const group = groups.get(key) ?? { ids: [], records: [] }
    group.ids.push(r.source)
    group.records.push(r)
    groups.set(key, group)
  }
  const parts = [
    ...groups.entries(),
  ].map(([key, { ids, records }]) => key === 'article'
    ? `${listJoin(records.map(r => `${powerById[r.partner].name} ${r.year}`))}: ${listJoin([
      ...new Set(records.map(r => statisticsLabel[r.statistics])),
    ])} as quoted by ${listJoin(publishers(['article', ...ids]))}`
    : `${statisticsLabel[key as StatisticsKind]} as reported by ${listJoin(publishers(ids))}`)
  return `Sources: ${parts.join('; ')}.`
}

/** Labels step: a headline naming the largest partner, and a subtitle with the year, unit and statistics. */
export function tradeHeadlines(shown: readonly TradeRecord[], s: TradeSettings, options: { title?: string, subtitle?: string } = {}): { title: string, subtitle: string } {
  const top = shown[0]!
  return {
    title: options.title ?? (shown.length > 1
      ? `${capitalise(powerNameInSentence(top.partner))} trades most with Kazakhstan`
      : `Trade of ${powerNameInSentence(top.partner)} with Kazakhstan`),
    subtitle: options.subtitle ?? `Trade in goods with Kazakhstan, ${s.year}, US$ billion (${statisticsLabel[s.statistics]})`,
  }
}

/** Accessible step: the SVG's description, every bar and every comparison mark in words. */
export function tradeDescription(subtitle: string, bars: readonly TradeBar[], comparisons: readonly TradeComparison[]): string {
  return [
    `Bar chart. ${subtitle}: ${bars.map(b => `${b.name} ${formatBillions(b.value)}`).join(', ')}.`,
    ...comparisons.map(c => c.kind === 'article'
      ? `Also marked: ${powerById[c.partner].name} ${c.record.year}, ${formatBillions(c.value)}, the figure quoted by the article.`
      : `Also marked: ${powerById[c.partner].name} ${c.record.year}, ${formatBillions(c.value)} in ${statisticsLabel[c.record.statistics]}, so the two sides' statistics differ.`),
  ].join(' ')
}

/** Accessible step: the hidden table, one row per bar then per comparison mark, with how each is drawn. */
export function tradeTable(bars: readonly TradeBar[], comparisons: readonly TradeComparison[]): TradeTableRow[] {
  return [
    ...bars.map(b => ({
      partner: b.name,
      year: b.record.year,
      value: formatBillions(b.value),
      whose: b.record.whose,
      shownAs: 'bar',
    })),
    ...comparisons.map(c => ({
      partner: powerById[c.partner].name,
      year: c.record.year,
      value: formatBillions(c.value),
      whose: c.record.whose,
      shownAs: c.kind === 'article'
        ? 'diamond (the article\'s figure)'
        : 'circle (other statistics)',
    })),
  ]
}
