/**
 * What every chart's layout function shares: its result (a layout, or the message shown instead of a
 * chart that cannot be drawn), and how many steps a click shows. The records are checked in Node
 * (data/validate.ts), never here: the browser gets them checked and without zod.
 */

/** What a layout function returns: the layout, or the message a chart shows when it cannot be drawn. */
export type LayoutResult<L> = { ok: true, layout: L } | { ok: false, error: string }

/**
 * How many of `total` steps are shown for a presenter step. `undefined` (no clicks: the PDF, the
 * overview) shows everything; otherwise the step is clamped to 0…total.
 */
export function revealCount(step: number | undefined, total: number): number {
  if (step === undefined || Number.isNaN(step))
    return total
  return Math.max(0, Math.min(total, Math.floor(step)))
}
