import { DataError } from '../data/schema'

/**
 * What every chart's layout function shares: its result (a layout, or the message shown instead of
 * bad data), turning data/'s validation errors into that message, and how many steps a click shows.
 */

/** What a layout function returns: the layout, or the message a chart shows instead of bad data. */
export type LayoutResult<L> = { ok: true, layout: L } | { ok: false, error: string }

/**
 * Runs one of data/'s validating parsers on a chart's props. A bad record becomes the chart's visible
 * message, e.g. `Row 3: field "value": a trade value cannot be negative`; other errors are bugs and throw.
 */
export function explainBadData<T>(noun: string, parse: (file: string) => T): { ok: true, value: T } | { ok: false, error: string } {
  try {
    return {
      ok: true,
      value: parse('props'),
    }
  }
  catch (error) {
    if (error instanceof DataError)
      return { ok: false, error: `${noun} ${error.record.replace(/^#/, '')}: field "${error.field}": ${error.detail}.` }
    throw error
  }
}

/**
 * How many of `total` steps are shown for a presenter step. `undefined` (no clicks: the PDF, the
 * overview) shows everything; otherwise the step is clamped to 0…total.
 */
export function revealCount(step: number | undefined, total: number): number {
  if (step === undefined || Number.isNaN(step))
    return total
  return Math.max(0, Math.min(total, Math.floor(step)))
}
