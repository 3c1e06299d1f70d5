import { median } from '../stats.ts'

/**
 * Figures timed in pairs (bare deck, then this deck): a machine that slows down for a minute slows both
 * decks of a pair, instead of all the runs of one deck, so the ratio is the median of the pairs' ratios.
 */

export interface Paired {
  /** Median time of each deck. */
  a: number
  b: number
  /** Median of the pairs' ratios a / b. */
  ratio: number
}

export function paired(a: number[], b: number[]): Paired {
  return {
    a: median(a),
    b: median(b),
    ratio: median(a.map((x, i) => x / b[i]!)),
  }
}
