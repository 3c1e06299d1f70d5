import type { ScaleLinear } from 'd3-scale'
import type { PowerId } from '../data/powers'
import type { SourceId } from '../data/sources'
import type { StatisticsKind, TradeRecord } from '../data/trade'
import type { LayoutResult } from './chart-utils'
import type { ChartFrameLayout } from './frame'
import { max } from 'd3-array'
import { scaleLinear } from 'd3-scale'
import { powerById } from '../data/powers'
import { formatBillions, parseTrade, series, statisticsLabel, trade } from '../data/trade'
import { explainBadData } from './chart-utils'
import { CHART_WIDTH, chartFrame, sourceBlock, TYPE } from './frame'
import { textWidth } from './text-measure'
import { capitalise, listJoin, powerNameInSentence, publishers } from './wording'

/**
 * Layout of TradeChart: horizontal bars of trade with Kazakhstan, one series (a year in one kind of
 * statistics), sorted largest first, plus "comparison" marks for the same partners: the article's own
 * figure and the partner's figure in other statistics (mirror statistics, e.g. Chinese customs).
 * Pure: data in, numbers out. Lengths come from a d3 linear scale, never from the DOM.
 */

export interface TradeChartOptions {
  /** Trade records (validated here); default: data/trade.ts. */
  data?: readonly unknown[]
  /** The year of the bars; default 2022. */
  year?: number
  /** Whose statistics the bars are in; default 'kazakh' (the one consistent series). */
  statistics?: StatisticsKind
  /** Show the article's figure and other statistics for the same partners; default true. */
  compare?: boolean
  /** A focused view: this partner's bar in its colour, the others in neutral grey, comparisons only for it. */
  focus?: PowerId
  title?: string
  subtitle?: string
}

export interface TradeBar {
  record: TradeRecord
  partner: PowerId
  name: string
  glyph: string
  colour: string
  value: number
  /** "$39.9 bn", plus a note when the article quotes this very figure. */
  label: string
  /** Row top; the bar runs from x0 to x1 at y…y+height. */
  y: number
  x0: number
  x1: number
  height: number
  labelX: number
  /** Vertical centre of the bar (text uses dy="0.35em"). */
  cy: number
}

export type ComparisonKind = 'article' | 'mirror'

export interface TradeComparison {
  kind: ComparisonKind
  record: TradeRecord
  partner: PowerId
  colour: string
  value: number
  /** Stem from x0 to x, marker at x, all at height cy. */
  x0: number
  x: number
  cy: number
  label: string
  labelX: number
  anchor: 'start' | 'end'
}

export interface LegendItem {
  kind: 'bar' | ComparisonKind
  text: string
  x: number
  y: number
  /** 0: shown from the start; otherwise the step at which it appears. */
  step: number
}

/** The frame's parts (title, subtitle, source, description, size) plus this chart's marks. */
export interface TradeLayout extends ChartFrameLayout {
  year: number
  statistics: StatisticsKind
  bars: TradeBar[]
  comparisons: TradeComparison[]
  legend: LegendItem[]
  baseline: { x: number, y0: number, y1: number }
  /** Bars one per step, then one step for all comparison marks. */
  steps: number
  /** The step at which comparisons appear (steps when there are some). */
  comparisonStep: number
  /** The same numbers as the marks, for the visually hidden table. */
  table: { partner: string, year: number, value: string, whose: string, shownAs: string }[]
}

export type TradeChartResult = LayoutResult<TradeLayout>

const BAR_HEIGHT = 30
const LANE_HEIGHT = 22
const ROW_GAP = 10
const GLYPH_R = 11
const NAME_X = 2 * GLYPH_R + 8
const LABEL_GAP = 8
const MARKER = 7
const LEGEND_Y = 82
const ROWS_TOP = 106

/** The options with their defaults filled in. */
export interface TradeSettings {
  year: number
  statistics: StatisticsKind
  compare: boolean
  focus?: PowerId
}

/** A record drawn as a comparison mark, and which kind of mark. */
export interface ComparisonRecord {
  kind: ComparisonKind
  record: TradeRecord
}

/** The scales of the chart: value → x (d3 linear scale) and the rows' rhythm. */
export interface TradeScales {
  x: ScaleLinear<number, number>
  /** The common baseline, right of the longest partner name. */
  x0: number
  /** Nothing may end right of this. */
  right: number
  /** A bar plus one lane per comparison mark of the busiest partner, plus the gap. */
  rowHeight: number
  rowsTop: number
}

/** The CSS colour of a power: a custom property set from data/powers.ts (light and dark). */
function powerColour(id: PowerId): string {
  return `var(--power-${id})`
}

/** Fills in the defaults: 2022, Kazakh statistics, with comparison marks, no focus. */
export function tradeSettings(options: TradeChartOptions = {}): TradeSettings {
  return {
    year: options.year ?? 2022,
    statistics: options.statistics ?? 'kazakh',
    compare: options.compare ?? true,
    focus: options.focus,
  }
}

/** Validates the rows with data/'s parser: a bad row becomes a message naming the row and the field. */
export function validateTradeRows(data: readonly unknown[]): { ok: true, value: TradeRecord[] } | { ok: false, error: string } {
  if (data.length === 0)
    return { ok: false, error: 'No trade figures were given (the data has no rows).' }
  return explainBadData('Row', file => parseTrade(file, data))
}

/**
 * Data step: the comparison marks for the bars' partners, in the order of `rows`: the article's own
 * figure (any year) and other statistics for the same year. None when `compare` is off; with a
 * `focus`, only that partner's.
 */
export function comparisonRecords(rows: readonly TradeRecord[], shown: readonly TradeRecord[], s: TradeSettings): ComparisonRecord[] {
  if (!s.compare)
    return []
  const partners = shown.map(r => r.partner)
  return rows
    .filter(r => partners.includes(r.partner) && !shown.includes(r) && (!s.focus || r.partner === s.focus))
    .flatMap((r): ComparisonRecord[] => {
      if (r.article) {
        return [
          { kind: 'article' as const, record: r },
        ]
      }
      if (r.year === s.year) {
        return [
          { kind: 'mirror' as const, record: r },
        ]
      }
      return []
    })
}

/** The label of a bar: "$39.9 bn", plus a note when the article quotes this very figure. */
export function barLabel(r: TradeRecord): string {
  return r.article
    ? `${formatBillions(r.value)} (the figure quoted by the article)`
    : formatBillions(r.value)
}

/** The label of a comparison mark: its year, whose statistics (or the article), and its value. */
export function comparisonLabel(kind: ComparisonKind, r: TradeRecord): string {
  return kind === 'article'
    ? `${r.year}, the figure quoted by the article: ${formatBillions(r.value)}`
    : `${r.year} in ${statisticsLabel[r.statistics]}: ${formatBillions(r.value)}`
}

/**
 * Scales step: the baseline sits right of the longest partner name; the range is the widest for which
 * every bar label, and every comparison label that can, still fits right of its mark.
 */
export function tradeScales(shown: readonly TradeRecord[], compared: readonly ComparisonRecord[]): TradeScales {
  const lanesPerRow = max(shown, r => compared.filter(c => c.record.partner === r.partner).length) ?? 0
  const x0 = Math.ceil(NAME_X + (max(shown, r => textWidth(powerById[r.partner].name, TYPE.label, true)) ?? 0) + 14)
  const right = CHART_WIDTH - 4
  // `|| 1`: a chart of zeros still has a scale.
  const domainMax = Math.max(...shown.map(r => r.value), ...compared.map(c => c.record.value)) || 1
  // The widest range for which a label of `room` still fits right of its mark: x(value) + room <= right.
  const limit = (value: number, room: number) => value > 0
    ? x0 + (right - room - x0) * domainMax / value
    : Number.POSITIVE_INFINITY
  const barLimit = Math.min(right, ...shown.map(r => limit(r.value, LABEL_GAP + textWidth(barLabel(r), TYPE.label, true))))
  const comparisonLimit = Math.min(right, ...compared.map(c =>
    limit(c.record.value, MARKER + LABEL_GAP + textWidth(comparisonLabel(c.kind, c.record), TYPE.small))))
  // Comparison labels may not squeeze the bars below half the width: a long one then goes left of its marker.
  const rangeEnd = Math.min(barLimit, Math.max(comparisonLimit, x0 + (right - x0) / 2))
  return {
    x: scaleLinear().domain([0, domainMax]).range([x0, rangeEnd]),
    x0,
    right,
    rowHeight: BAR_HEIGHT + lanesPerRow * LANE_HEIGHT + ROW_GAP,
    rowsTop: ROWS_TOP,
  }
}

/** Marks step: one bar per record, top to bottom; with a focus, the others in neutral grey. */
export function tradeBars(shown: readonly TradeRecord[], scales: TradeScales, focus?: PowerId): TradeBar[] {
  return shown.map((r, i) => {
    const y = scales.rowsTop + i * scales.rowHeight
    const x1 = scales.x(r.value)
    return {
      record: r,
      partner: r.partner,
      name: powerById[r.partner].name,
      glyph: powerById[r.partner].glyph,
      colour: focus && r.partner !== focus
        ? 'var(--chart-rule)'
        : powerColour(r.partner),
      value: r.value,
      label: barLabel(r),
      y,
      x0: scales.x0,
      x1,
      height: BAR_HEIGHT,
      labelX: x1 + LABEL_GAP,
      cy: y + BAR_HEIGHT / 2,
    }
  })
}

/** Marks step: each comparison on its own lane under its partner's bar, labelled right of it if it fits, else left. */
export function tradeComparisons(bars: readonly TradeBar[], compared: readonly ComparisonRecord[], scales: TradeScales): TradeComparison[] {
  return bars.flatMap(bar => compared
    .filter(c => c.record.partner === bar.partner)
    .map((c, lane): TradeComparison => {
      const cx = scales.x(c.record.value)
      const label = comparisonLabel(c.kind, c.record)
      const fitsRight = cx + MARKER + LABEL_GAP + textWidth(label, TYPE.small) <= scales.right
      return {
        kind: c.kind,
        record: c.record,
        partner: bar.partner,
        colour: bar.colour,
        value: c.record.value,
        x0: scales.x0,
        x: cx,
        cy: bar.y + BAR_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2 + 2,
        label,
        labelX: fitsRight
          ? cx + MARKER + LABEL_GAP
          : cx - MARKER - LABEL_GAP,
        anchor: fitsRight ? 'start' : 'end',
      }
    }))
}

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
export function tradeHeadlines(shown: readonly TradeRecord[], s: TradeSettings, options: Pick<TradeChartOptions, 'title' | 'subtitle'> = {}): { title: string, subtitle: string } {
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
export function tradeTable(bars: readonly TradeBar[], comparisons: readonly TradeComparison[]): TradeLayout['table'] {
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

/**
 * Lays the chart out, or explains why it cannot (no rows, a negative value, an unknown power…):
 * data → scales → marks → labels → the accessible description and table.
 */
export function layoutTradeChart(options: TradeChartOptions = {}): TradeChartResult {
  const s = tradeSettings(options)
  const checked = validateTradeRows(options.data ?? trade)
  if (!checked.ok)
    return checked
  const shown = series(s.year, s.statistics, checked.value)
  if (shown.length === 0)
    return { ok: false, error: `No trade figures for ${s.year} in ${statisticsLabel[s.statistics]}.` }

  const compared = comparisonRecords(checked.value, shown, s)
  const scales = tradeScales(shown, compared)
  const bars = tradeBars(shown, scales, s.focus)
  const comparisons = tradeComparisons(bars, compared, scales)
  // Bars one per step, then one step for all comparison marks.
  const steps = bars.length + (comparisons.length ? 1 : 0)
  const comparisonStep = comparisons.length ? steps : 0
  const rowsBottom = scales.rowsTop + bars.length * scales.rowHeight - ROW_GAP
  const source = sourceBlock(tradeSourceText(shown, comparisons), rowsBottom + 30)
  const { title, subtitle } = tradeHeadlines(shown, s, options)
  return {
    ok: true,
    layout: {
      ...chartFrame({ title, subtitle }, source, tradeDescription(subtitle, bars, comparisons)),
      year: s.year,
      statistics: s.statistics,
      bars,
      comparisons,
      legend: tradeLegend(comparisons, s, comparisonStep),
      baseline: { x: scales.x0, y0: scales.rowsTop - 6, y1: rowsBottom + 6 },
      steps,
      comparisonStep,
      table: tradeTable(bars, comparisons),
    },
  }
}

/** Number of presenter steps of a TradeChart with these options (bars one by one, then comparisons). */
export function tradeChartSteps(options: TradeChartOptions = {}): number {
  const result = layoutTradeChart(options)
  return result.ok ? result.layout.steps : 0
}

/** Steps of the default TradeChart (2022, Kazakh statistics, with comparisons): use as the slide's `clicks`. */
export const TRADE_CHART_STEPS = tradeChartSteps()
