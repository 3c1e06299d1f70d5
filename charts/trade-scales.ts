import type { ScaleLinear } from 'd3-scale'
import type { PowerId } from '../data/powers'
import type { StatisticsKind, TradeRecord } from '../data/trade'
import { max } from 'd3-array'
import { scaleLinear } from 'd3-scale'
import { powerById } from '../data/powers'
import { formatBillions, statisticsLabel } from '../data/trade'
import { CHART_WIDTH, TYPE } from './frame'
import { textWidth } from './text-measure'

/**
 * TradeChart's data and scales steps: which records become comparison marks, the labels whose widths
 * the scale leaves room for, and the scales themselves (value → x, the rows' rhythm).
 */

export const BAR_HEIGHT = 30
export const LANE_HEIGHT = 22
export const ROW_GAP = 10
const GLYPH_R = 11
const NAME_X = 2 * GLYPH_R + 8
export const LABEL_GAP = 8
export const MARKER = 7
const ROWS_TOP = 106

export type ComparisonKind = 'article' | 'mirror'

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
