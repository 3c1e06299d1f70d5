import type { PowerId } from '../data/powers'
import type { StatisticsKind, TradeRecord } from '../data/trade'
import type { LayoutResult } from './chart-utils'
import type { ChartFrameLayout } from './frame'
import type { LegendItem, TradeTableRow } from './trade-labels'
import type { TradeBar, TradeComparison } from './trade-marks'
import type { TradeSettings } from './trade-scales'
import { series, statisticsLabel, trade } from '../data/trade'
import { chartFrame, sourceBlock } from './frame'
import { tradeDescription, tradeHeadlines, tradeLegend, tradeSourceText, tradeTable } from './trade-labels'
import { tradeBars, tradeComparisons } from './trade-marks'
import { comparisonRecords, ROW_GAP, tradeScales } from './trade-scales'

/**
 * Layout of TradeChart: horizontal bars of trade with Kazakhstan, one series (a year in one kind of
 * statistics), sorted largest first, plus "comparison" marks for the same partners: the article's own
 * figure and the partner's figure in other statistics (mirror statistics, e.g. Chinese customs).
 * The pipeline: data → scales (trade-scales.ts) → marks (trade-marks.ts) → labels and table
 * (trade-labels.ts), in the shared chart frame (frame.ts).
 */

export interface TradeChartOptions {
  /** Trade records, checked like data/trade.ts's (data/validate.ts); default: data/trade.ts. */
  data?: readonly TradeRecord[]
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
  table: TradeTableRow[]
}

export type TradeChartResult = LayoutResult<TradeLayout>

/** Fills in the defaults: 2022, Kazakh statistics, with comparison marks, no focus. */
export function tradeSettings(options: TradeChartOptions = {}): TradeSettings {
  return {
    year: options.year ?? 2022,
    statistics: options.statistics ?? 'kazakh',
    compare: options.compare ?? true,
    focus: options.focus,
  }
}

/**
 * Lays the chart out, or explains why it cannot (no rows, none for the year and statistics):
 * data → scales → marks → labels → the accessible description and table.
 */
export function layoutTradeChart(options: TradeChartOptions = {}): TradeChartResult {
  const s = tradeSettings(options)
  const rows = options.data ?? trade
  if (rows.length === 0)
    return { ok: false, error: 'No trade figures were given (the data has no rows).' }
  const shown = series(s.year, s.statistics, rows)
  if (shown.length === 0)
    return { ok: false, error: `No trade figures for ${s.year} in ${statisticsLabel[s.statistics]}.` }

  const compared = comparisonRecords(rows, shown, s)
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
