import type { ColdStarts } from './cold-start.ts'
import type { Exports, Figures } from './runs.ts'

/** The bench's budgets and its table: each figure of this deck and the bare deck, their ratio, the budget. */

/** The budgets of the "slides made for the room", "first ten minutes" and "hosting" issues. */
export const budgets = {
  distBytes: 1_500_000,
  firstLoadRatio: 1.2,
  repeatAssetBytes: 0,
  slideChangeRatio: 1.2,
  exportRatio: 1.5,
  coldStartRatio: 1.2,
  pdfBytes: 2_000_000,
}

/** A row: the figure's name, this deck's, the bare deck's, their ratio (NaN: none) and the budget's verdict. */
export type Row = [string, string, string, number, string]

const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`
const ms = (t: number) => `${t.toFixed(0)} ms`
const s = (t: number) => `${(t / 1000).toFixed(1)} s`
function verdict(ok: boolean) {
  return ok
    ? 'ok'
    : 'OVER'
}

export function coldRows(cold: ColdStarts, runs: number): Row[] {
  return [
    [
      'cold dev start',
      s(cold.a),
      s(cold.b),
      cold.ratio,
      `≤ ${budgets.coldStartRatio}×: ${verdict(cold.ratio <= budgets.coldStartRatio)}`,
    ],
    [
      'cold start reloads',
      `${cold.reloadsA} in ${runs}`,
      `${cold.reloadsB} in ${runs}`,
      Number.NaN,
      `re-optimised deps: ${cold.reoptimized
        ? `${cold.reoptimized} of ${runs} runs, OVER`
        : 'never, ok'}`,
    ],
  ]
}

export function buildRows(a: Figures, b: Figures): Row[] {
  const load = a.firstLoadBytes / b.firstLoadBytes
  const change = a.changeMedianMs / b.changeMedianMs
  return [
    [
      'build time',
      s(a.buildMs),
      s(b.buildMs),
      a.buildMs / b.buildMs,
      '',
    ],
    [
      'dist size',
      kb(a.distBytes),
      kb(b.distBytes),
      a.distBytes / b.distBytes,
      `≤ ${kb(budgets.distBytes)}: ${verdict(a.distBytes <= budgets.distBytes)}`,
    ],
    [
      'first load (gzip)',
      kb(a.firstLoadBytes),
      kb(b.firstLoadBytes),
      load,
      `≤ ${budgets.firstLoadRatio}×: ${verdict(load <= budgets.firstLoadRatio)}`,
    ],
    [
      'repeat visit, assets/',
      kb(a.repeatAssetBytes),
      kb(b.repeatAssetBytes),
      Number.NaN,
      `≤ ${kb(budgets.repeatAssetBytes)}: ${verdict(a.repeatAssetBytes <= budgets.repeatAssetBytes)}`,
    ],
    [
      'slide change, median',
      ms(a.changeMedianMs),
      ms(b.changeMedianMs),
      change,
      `≤ ${budgets.slideChangeRatio}×: ${verdict(change <= budgets.slideChangeRatio)}`,
    ],
    [
      'slide change, worst',
      ms(a.changeWorstMs),
      ms(b.changeWorstMs),
      a.changeWorstMs / b.changeWorstMs,
      '',
    ],
  ]
}

export function exportRows(ex: Exports): Row[] {
  return [
    [
      'export time',
      s(ex.a),
      s(ex.b),
      ex.ratio,
      `≤ ${budgets.exportRatio}×: ${verdict(ex.ratio <= budgets.exportRatio)}`,
    ],
    [
      'PDF size',
      kb(ex.pdfA),
      kb(ex.pdfB),
      ex.pdfA / ex.pdfB,
      `≤ ${kb(budgets.pdfBytes)}: ${verdict(ex.pdfA <= budgets.pdfBytes)}`,
    ],
  ]
}

export function printTable(rows: Row[]): void {
  const pad = (t: string, n: number) => t.padEnd(n)
  console.log(`${pad('', 22)}${pad('this deck', 12)}${pad('bare deck', 12)}${pad('ratio', 8)}budget`)
  for (const [name, x, y, ratio, budget] of rows) {
    console.log(`${pad(name, 22)}${pad(x, 12)}${pad(y, 12)}${pad(Number.isNaN(ratio)
      ? ''
      : `${ratio.toFixed(2)}×`, 8)}${budget}`)
  }
}
