import type { PowerId } from '../data/powers'
import type { TradeRecord } from '../data/trade'
import { scaleLinear } from 'd3-scale'
import { powerById } from '../data/powers'
import { formatBillions, series, statisticsLabel } from '../data/trade'
import { textWidth } from './text-measure'
import { listJoin } from './wording'

/**
 * A compact picture of the one consistent series (2022, Kazakh statistics) for a slide that makes one
 * power's point, e.g. "the EU is the largest" or "U.S. trade is limited": one bar per power on a
 * common scale, the highlighted power in its colour, the others grey. The same bars, colours and
 * glyphs as the full trade chart, at a size that sits beside a few big words.
 */

export const BARS = {
  width: 400,
  rowHeight: 52,
  barHeight: 26,
  label: 20,
  /** Where the names start: after the glyph disc. */
  nameX: 28,
  gap: 10,
} as const

export interface TradeBar {
  partner: TradeRecord['partner']
  name: string
  value: number
  text: string
  y: number
  x0: number
  x1: number
  highlighted: boolean
}

export interface TradeBarsLayout {
  width: number
  height: number
  bars: TradeBar[]
  title: string
  description: string
}

/** The rows: the 2022 Kazakh series, largest first (or the rows given, validated by data/trade.ts). */
export function barRows(year = 2022): TradeRecord[] {
  const rows = series(year, 'kazakh')
  if (rows.length === 0)
    throw new Error(`data/trade.ts: no ${year} figures in Kazakh statistics`)
  return rows
}

/** Where the bars start: after the glyph and the longest name. */
export function barStart(rows: readonly TradeRecord[]): number {
  return BARS.nameX + Math.max(...rows.map(r => textWidth(powerById[r.partner].short, BARS.label - 2))) + BARS.gap
}

/** A common scale from zero, leaving room for the longest value label after the longest bar. */
export function barScale(rows: readonly TradeRecord[], width: number = BARS.width) {
  const max = Math.max(...rows.map(r => r.value))
  const room = Math.max(...rows.map(r => textWidth(formatBillions(r.value), BARS.label, true))) + BARS.gap
  return scaleLinear().domain([0, max]).range([
    barStart(rows),
    width - room,
  ])
}

/** One bar per row, top to bottom. */
export function barMarks(rows: readonly TradeRecord[], highlight: PowerId | undefined, width: number = BARS.width): TradeBar[] {
  const x = barScale(rows, width)
  return rows.map((r, i) => ({
    partner: r.partner,
    name: powerById[r.partner].short,
    value: r.value,
    text: formatBillions(r.value),
    y: i * BARS.rowHeight,
    x0: x(0),
    x1: x(r.value),
    highlighted: r.partner === highlight,
  }))
}

/** The accessible title and description: every bar, in words. */
export function barText(rows: readonly TradeRecord[], highlight: PowerId | undefined): { title: string, description: string } {
  const year = rows[0]!.year
  const named = highlight
    ? `${powerById[highlight].name} highlighted`
    : 'all powers'
  return {
    title: `Trade with Kazakhstan, ${year}, ${statisticsLabel.kazakh}, US$ billion (${named})`,
    description: `${listJoin(rows.map(r => `${powerById[r.partner].name} ${formatBillions(r.value)}`))}.`,
  }
}

/**
 * Lays the bars out; `highlight` must be one of the series' partners. `width` is the width the bars
 * get on the slide, in canvas px: the SVG is drawn at that size, never scaled down, so its type stays
 * at its set sizes (at least 14 px).
 */
export function layoutTradeBars(highlight?: PowerId, year = 2022, width: number = BARS.width): TradeBarsLayout {
  const rows = barRows(year)
  if (highlight && !rows.some(r => r.partner === highlight))
    throw new Error(`TradeBars: "${highlight}" has no ${year} figure in Kazakh statistics (data/trade.ts)`)
  const bars = barMarks(rows, highlight, width)
  return {
    width,
    height: rows.length * BARS.rowHeight - (BARS.rowHeight - BARS.barHeight),
    bars,
    ...barText(rows, highlight),
  }
}
