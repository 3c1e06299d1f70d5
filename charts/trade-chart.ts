import type { PowerId } from '../data/powers'
import type { SourceId } from '../data/sources'
import type { StatisticsKind, TradeRecord } from '../data/trade'
import type { ChartFrameLayout, LayoutResult } from './chart-utils'
import { max } from 'd3-array'
import { scaleLinear } from 'd3-scale'
import { powerById } from '../data/powers'
import { formatBillions, parseTrade, series, statisticsLabel, trade } from '../data/trade'
import { capitalise, CHART_WIDTH, explainBadData, listJoin, powerColour, powerNameInSentence, publishers, textWidth, TYPE, wrapText } from './chart-utils'

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

function validate(data: readonly unknown[]): { ok: true, value: TradeRecord[] } | { ok: false, error: string } {
  if (data.length === 0)
    return { ok: false, error: 'No trade figures were given (the data has no rows).' }
  return explainBadData('Row', file => parseTrade(file, data))
}

/** Lays the chart out, or explains why it cannot (no rows, a negative value, an unknown power…). */
export function layoutTradeChart(options: TradeChartOptions = {}): TradeChartResult {
  const year = options.year ?? 2022
  const statistics = options.statistics ?? 'kazakh'
  const compare = options.compare ?? true
  const focus = options.focus
  const checked = validate(options.data ?? trade)
  if (!checked.ok)
    return checked
  const rows = checked.value
  const shown = series(year, statistics, rows)
  if (shown.length === 0)
    return { ok: false, error: `No trade figures for ${year} in ${statisticsLabel[statistics]}.` }

  // Comparison marks: other statistics for the same partner and year, and the article's figure.
  const partners = shown.map(r => r.partner)
  const comparisonRecords: { kind: ComparisonKind, record: TradeRecord }[] = compare
    ? rows
        .filter(r => partners.includes(r.partner) && !shown.includes(r) && (!focus || r.partner === focus))
        .flatMap((r): { kind: ComparisonKind, record: TradeRecord }[] => {
          if (r.article) {
            return [
              { kind: 'article' as const, record: r },
            ]
          }
          if (r.year === year) {
            return [
              { kind: 'mirror' as const, record: r },
            ]
          }
          return []
        })
    : []
  const lanesPerRow = max(partners, p => comparisonRecords.filter(c => c.record.partner === p).length) ?? 0
  const rowHeight = BAR_HEIGHT + lanesPerRow * LANE_HEIGHT + ROW_GAP

  const comparisonText = (kind: ComparisonKind, r: TradeRecord) => kind === 'article'
    ? `${r.year}, the figure quoted by the article: ${formatBillions(r.value)}`
    : `${r.year} in ${statisticsLabel[r.statistics]}: ${formatBillions(r.value)}`
  const barText = (r: TradeRecord) => r.article
    ? `${formatBillions(r.value)} (the figure quoted by the article)`
    : formatBillions(r.value)

  // The common baseline sits right of the longest partner name.
  const x0 = Math.ceil(NAME_X + (max(shown, r => textWidth(powerById[r.partner].name, TYPE.label, true)) ?? 0) + 14)
  const right = CHART_WIDTH - 4
  // `|| 1`: a chart of zeros still has a scale.
  const domainMax = Math.max(...shown.map(r => r.value), ...comparisonRecords.map(c => c.record.value)) || 1
  // The widest range for which every label still fits right of its mark: x(value) + room <= right.
  const limit = (value: number, room: number) => value > 0
    ? x0 + (right - room - x0) * domainMax / value
    : Number.POSITIVE_INFINITY
  const barLimit = Math.min(right, ...shown.map(r => limit(r.value, LABEL_GAP + textWidth(barText(r), TYPE.label, true))))
  const comparisonLimit = Math.min(right, ...comparisonRecords.map(c =>
    limit(c.record.value, MARKER + LABEL_GAP + textWidth(comparisonText(c.kind, c.record), TYPE.small))))
  // Comparison labels may not squeeze the bars below half the width: a long one then goes left of its marker.
  const rangeEnd = Math.min(barLimit, Math.max(comparisonLimit, x0 + (right - x0) / 2))
  const x = scaleLinear().domain([0, domainMax]).range([x0, rangeEnd])

  const titleY = 24
  const subtitleY = 50
  const legendY = 82
  const rowsTop = 106

  const bars: TradeBar[] = shown.map((r, i) => {
    const y = rowsTop + i * rowHeight
    const x1 = x(r.value)
    return {
      record: r,
      partner: r.partner,
      name: powerById[r.partner].name,
      glyph: powerById[r.partner].glyph,
      colour: focus && r.partner !== focus
        ? 'var(--chart-rule)'
        : powerColour(r.partner),
      value: r.value,
      label: barText(r),
      y,
      x0,
      x1,
      height: BAR_HEIGHT,
      labelX: x1 + LABEL_GAP,
      cy: y + BAR_HEIGHT / 2,
    }
  })

  const comparisons: TradeComparison[] = []
  for (const bar of bars) {
    const mine = comparisonRecords.filter(c => c.record.partner === bar.partner)
    mine.forEach((c, lane) => {
      const cx = x(c.record.value)
      const label = comparisonText(c.kind, c.record)
      const fitsRight = cx + MARKER + LABEL_GAP + textWidth(label, TYPE.small) <= right
      comparisons.push({
        kind: c.kind,
        record: c.record,
        partner: bar.partner,
        colour: bar.colour,
        value: c.record.value,
        x0,
        x: cx,
        cy: bar.y + BAR_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2 + 2,
        label,
        labelX: fitsRight
          ? cx + MARKER + LABEL_GAP
          : cx - MARKER - LABEL_GAP,
        anchor: fitsRight ? 'start' : 'end',
      })
    })
  }

  const steps = bars.length + (comparisons.length ? 1 : 0)
  const comparisonStep = comparisons.length ? steps : 0
  const kinds = [
    ...new Set(comparisons.map(c => c.kind)),
  ].sort()

  // Legend: one entry for the bars, one per kind of comparison mark, left to right.
  const legendEntries: Omit<LegendItem, 'x' | 'y'>[] = [
    { kind: 'bar', text: `Bars: ${year}, ${statisticsLabel[statistics]}`, step: 0 },
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
  let legendX = 0
  const legend: LegendItem[] = legendEntries.map((entry) => {
    const item = { ...entry, x: legendX, y: legendY }
    legendX += 22 + textWidth(entry.text, TYPE.small) + 26
    return item
  })

  // Source line: whose statistics each number is, and who reported it.
  const groups = new Map<string, { ids: SourceId[], records: TradeRecord[] }>()
  for (const r of [
    ...shown,
    ...comparisons.map(c => c.record),
  ]) {
    // The article's own figure is named as such, whether it is a bar (2021) or a comparison mark (2022).
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
  const sourceText = `Sources: ${parts.join('; ')}.`
  const sourceLines = wrapText(sourceText, CHART_WIDTH, TYPE.source)
  const rowsBottom = rowsTop + bars.length * rowHeight - ROW_GAP
  const sourceY = rowsBottom + 30
  const lineHeight = 18
  const height = Math.ceil(sourceY + (sourceLines.length - 1) * lineHeight + 8)

  const top = shown[0]!
  const title = options.title ?? (shown.length > 1
    ? `${capitalise(powerNameInSentence(top.partner))} trades most with Kazakhstan`
    : `Trade of ${powerNameInSentence(top.partner)} with Kazakhstan`)
  const subtitle = options.subtitle ?? `Trade in goods with Kazakhstan, ${year}, US$ billion (${statisticsLabel[statistics]})`

  const description = [
    `Bar chart. ${subtitle}: ${bars.map(b => `${b.name} ${formatBillions(b.value)}`).join(', ')}.`,
    ...comparisons.map(c => c.kind === 'article'
      ? `Also marked: ${powerById[c.partner].name} ${c.record.year}, ${formatBillions(c.value)}, the figure quoted by the article.`
      : `Also marked: ${powerById[c.partner].name} ${c.record.year}, ${formatBillions(c.value)} in ${statisticsLabel[c.record.statistics]}, so the two sides' statistics differ.`),
  ].join(' ')

  const table = [
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

  return {
    ok: true,
    layout: {
      width: CHART_WIDTH,
      height,
      title,
      subtitle,
      year,
      statistics,
      titleY,
      subtitleY,
      bars,
      comparisons,
      legend,
      baseline: { x: x0, y0: rowsTop - 6, y1: rowsBottom + 6 },
      steps,
      comparisonStep,
      source: { lines: sourceLines, y: sourceY, lineHeight },
      description,
      table,
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
