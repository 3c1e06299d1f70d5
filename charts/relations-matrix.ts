import type { Relation, RelationAspect } from '../data/relations'
import type { SourceId } from '../data/sources'
import type { TradeRecord } from '../data/trade'
import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import { scaleLinear } from 'd3-scale'
import { powerById, visitingPowerIds } from '../data/powers'
import { aspectLabel, relationAspects, relations } from '../data/relations'
import { formatBillions, statisticsLabel, trade } from '../data/trade'
import { formatWhen, monthNames, spanOf, visits } from '../data/visits'
import { revealCount } from './chart-utils'
import { textWidth, wrapText } from './text-measure'
import { listJoin } from './wording'

/**
 * Layout of RelationsMatrix, an HTML table of the four visiting powers × visits, trade, defense ties,
 * friction and what Astana seeks: the cells' contents from data/, the trade bars' scale, the column
 * widths, an estimate of the table's height (no DOM measuring), one click step per column and the
 * sources of the cells shown.
 */

/** One click per column, left to right; before the first click only the powers are on the slide. */
export const RELATIONS_MATRIX_STEPS = 5

/** The trade column's year and statistics: the one consistent series of facts.md. */
export const MATRIX_TRADE_YEAR = 2022
const MATRIX_STATISTICS = 'kazakh' as const

/** Sizes in px on the slide canvas: nothing under 14 px, and cell text big enough for the back of a room. */
export const MATRIX = {
  width: 868,
  /** The height the table may take under a slide's heading, its source line below it. */
  maxHeight: 400,
  padX: 8,
  padY: 7,
  lineHeight: 1.2,
  type: {
    heading: 17,
    detail: 15,
    power: 19,
    visit: 18,
    value: 22,
    phrase: 19,
    notCovered: 16,
  },
  barHeight: 8,
  barGap: 5,
} as const

export type MatrixColumnId = 'power' | 'visits' | 'trade' | RelationAspect

export interface MatrixColumn {
  id: MatrixColumnId
  heading: string
  /** A second line under the heading: the unit, period or statistics. */
  detail?: string
  /** px, the columns sum to MATRIX.width. */
  width: number
  /** The click that reveals the column (0: always shown, the row headings). */
  step: number
}

/** Column widths in px; the power column fits "European Union" with its glyph. */
const widths: Record<MatrixColumnId, number> = {
  power: 172,
  visits: 158,
  trade: 122,
  defense: 120,
  friction: 150,
  seeks: 146,
}

export const matrixColumns: MatrixColumn[] = [
  {
    id: 'power',
    heading: 'Visiting power',
    width: widths.power,
    step: 0,
  },
  {
    id: 'visits',
    heading: 'Visits',
    detail: 'autumn 2022',
    width: widths.visits,
    step: 1,
  },
  {
    id: 'trade',
    heading: `Trade ${MATRIX_TRADE_YEAR}`,
    detail: statisticsLabel[MATRIX_STATISTICS],
    width: widths.trade,
    step: 2,
  },
  ...relationAspects.map((aspect, i): MatrixColumn => ({
    id: aspect,
    heading: aspectLabel[aspect],
    width: widths[aspect],
    step: 3 + i,
  })),
]

export interface VisitItem {
  id: string
  /** "Xi Jinping". */
  who: string
  /** "14 Sep", "16–17 Nov". */
  when: string
}

export type MatrixCell
  = | { kind: 'visits', column: 'visits', step: number, visits: VisitItem[], sources: SourceId[] }
    | { kind: 'trade', column: 'trade', step: number, record: TradeRecord, label: string, /** 0…1 of the cell's width. */ bar: number, sources: SourceId[] }
    | { kind: 'phrase', column: RelationAspect, step: number, phrase: string, /** The phrase's words: a line breaks between them only, never at a hyphen ("non-existent"). */ words: string[], sources: SourceId[] }
    | { kind: 'not-covered', column: RelationAspect, step: number, text: string, sources: SourceId[] }

export interface MatrixRow {
  power: Relation['power']
  name: string
  glyph: string
  cells: MatrixCell[]
}

export interface RelationsMatrixLayout {
  steps: number
  columns: MatrixColumn[]
  rows: MatrixRow[]
  /** The table's caption (read by screen readers; the slide's heading is the visible title). */
  caption: string
  /** Estimated heights in px: the heading row and each power's row. */
  headHeight: number
  rowHeights: number[]
  height: number
}

/** Records checked like data/'s own (data/validate.ts: one text cell per power and aspect, and so on). */
export interface RelationsMatrixOptions {
  /** The text cells; default: data/relations.ts. */
  relations?: readonly Relation[]
  /** Visits; default: data/visits.ts. Only those with inWindow are drawn. */
  visits?: readonly Visit[]
  /** Trade figures; default: data/trade.ts. */
  trade?: readonly TradeRecord[]
}

/** The matrix's three inputs. */
interface MatrixInput {
  relations: readonly Relation[]
  visits: readonly Visit[]
  trade: readonly TradeRecord[]
}

/** What a not-covered cell says (after a dash that screen readers skip). */
export const NOT_COVERED_TEXT = 'not in the article'

/** "16–17 November" → "16–17 Nov": a visit's date, short enough for one line of a cell. */
export function shortWhen(visit: Visit): string {
  let text = formatWhen(visit.when, false)
  for (const month of monthNames) text = text.replace(month, month.slice(0, 3))
  return text
}

/** Step 1 of the pipeline: the three inputs, data/'s own where none are given. */
function matrixInputs(options: RelationsMatrixOptions): MatrixInput {
  return {
    relations: options.relations ?? relations,
    visits: options.visits ?? visits,
    trade: options.trade ?? trade,
  }
}

function stepOf(column: MatrixColumnId): number {
  return matrixColumns.find(c => c.id === column)!.step
}

/** Step 2: the cells of one power's row, in column order. */
function rowCells(power: Relation['power'], input: MatrixInput, bar: (v: number) => number): LayoutResult<MatrixCell[]> {
  const inWindow = input.visits
    .filter(v => v.power === power && v.inWindow)
    .sort((a, b) => spanOf(a.when).start.localeCompare(spanOf(b.when).start))
  if (inWindow.length === 0)
    return { ok: false, error: `No visit of ${powerById[power].name} in the two-month window (data/visits.ts, inWindow).` }
  const figure = input.trade.find(r => r.partner === power && r.year === MATRIX_TRADE_YEAR && r.statistics === MATRIX_STATISTICS)
  if (!figure)
    return { ok: false, error: `No ${MATRIX_TRADE_YEAR} trade figure for ${powerById[power].name} in ${statisticsLabel[MATRIX_STATISTICS]} (data/trade.ts).` }
  const cells: MatrixCell[] = [
    {
      kind: 'visits',
      column: 'visits',
      step: stepOf('visits'),
      visits: inWindow.map(v => ({
        id: v.id,
        who: v.label,
        when: shortWhen(v),
      })),
      sources: [
        ...new Set(inWindow.flatMap(v => v.sources)),
      ],
    },
    {
      kind: 'trade',
      column: 'trade',
      step: stepOf('trade'),
      record: figure,
      label: formatBillions(figure.value),
      bar: bar(figure.value),
      sources: [figure.source],
    },
  ]
  for (const aspect of relationAspects) {
    const r = input.relations.find(x => x.power === power && x.aspect === aspect)
    if (!r)
      return { ok: false, error: `No ${aspectLabel[aspect].toLowerCase()} cell for ${powerById[power].name} (data/relations.ts).` }
    cells.push(r.status === 'stated'
      ? {
          kind: 'phrase',
          column: aspect,
          step: stepOf(aspect),
          phrase: r.phrase,
          words: r.phrase.split(/\s+/),
          sources: r.sources,
        }
      : {
          kind: 'not-covered',
          column: aspect,
          step: stepOf(aspect),
          text: NOT_COVERED_TEXT,
          sources: [],
        })
  }
  return { ok: true, layout: cells }
}

/** Lines a text takes in a column at a size (estimated, at spaces). */
function linesIn(column: MatrixColumnId, text: string, size: number): number {
  return wrapText(text, widths[column] - 2 * MATRIX.padX, size).length
}

const lineOf = (size: number) => size * MATRIX.lineHeight

/** The height of a cell's content (estimated, at spaces). */
function cellHeight(cell: MatrixCell): number {
  const t = MATRIX.type
  switch (cell.kind) {
    case 'visits': return cell.visits.reduce((h, v) => h + linesIn('visits', `${v.who} ${v.when}`, t.visit) * lineOf(t.visit), 0)
    case 'trade': return lineOf(t.value) + MATRIX.barGap + MATRIX.barHeight
    case 'phrase': return linesIn(cell.column, cell.phrase, t.phrase) * lineOf(t.phrase)
    case 'not-covered': return linesIn(cell.column, `— ${cell.text}`, t.notCovered) * lineOf(t.notCovered)
  }
}

/** Step 3: the height of a row, its tallest cell. */
function rowHeight(row: MatrixRow): number {
  return Math.ceil(Math.max(lineOf(MATRIX.type.power), ...row.cells.map(cellHeight)) + 2 * MATRIX.padY)
}

function headHeight(): number {
  const t = MATRIX.type
  const heights = matrixColumns.map(c => linesIn(c.id, c.heading, t.heading) * t.heading * MATRIX.lineHeight
    + (c.detail
      ? linesIn(c.id, c.detail, t.detail) * t.detail * MATRIX.lineHeight
      : 0))
  return Math.ceil(Math.max(...heights) + 2 * MATRIX.padY)
}

/** The matrix: rows, cells, sizes. A power without a visit, a figure or a cell gives the message the component shows instead. */
export function layoutRelationsMatrix(options: RelationsMatrixOptions = {}): LayoutResult<RelationsMatrixLayout> {
  const input = matrixInputs(options)
  const values = input.trade
    .filter(r => r.year === MATRIX_TRADE_YEAR && r.statistics === MATRIX_STATISTICS && (visitingPowerIds as readonly string[]).includes(r.partner))
    .map(r => r.value)
  const bar = scaleLinear().domain([0, Math.max(0, ...values) || 1]).range([0, 1])
  const rows: MatrixRow[] = []
  for (const power of visitingPowerIds) {
    const cells = rowCells(power, input, v => bar(v))
    if (!cells.ok)
      return cells
    const p = powerById[power]
    rows.push({
      power,
      name: p.name,
      glyph: p.glyph,
      cells: cells.layout,
    })
  }
  const rowHeights = rows.map(rowHeight)
  const head = headHeight()
  return {
    ok: true,
    layout: {
      steps: RELATIONS_MATRIX_STEPS,
      columns: matrixColumns,
      rows,
      caption: `Kazakhstan and the four visiting powers, autumn 2022: visits, trade in ${MATRIX_TRADE_YEAR} (${statisticsLabel[MATRIX_STATISTICS]}), ${listJoin(relationAspects.map(a => aspectLabel[a].charAt(0).toLowerCase() + aspectLabel[a].slice(1)))}`,
      headHeight: head,
      rowHeights,
      height: head + rowHeights.reduce((a, b) => a + b, 0),
    },
  }
}

/** How many columns a presenter step shows (all of them without a step: the PDF, the overview). */
export function shownColumns(step: number | undefined): number {
  return revealCount(step, RELATIONS_MATRIX_STEPS)
}

/** The sources of the cells shown at `shown` columns, column by column, once each, the article first. */
export function sourcesShown(layout: RelationsMatrixLayout, shown: number): SourceId[] {
  const ids = layout.columns
    .filter(c => c.step > 0 && c.step <= shown)
    .flatMap(c => layout.rows.flatMap(r => r.cells.filter(cell => cell.column === c.id).flatMap(cell => cell.sources)))
  const unique = [
    ...new Set(ids),
  ]
  return unique.includes('article')
    ? [
        'article',
        ...unique.filter(id => id !== 'article'),
      ]
    : unique
}

/** The widths of the pieces of a cell's text that never break (words; a visit's date), estimated. */
function unbreakable(cell: MatrixCell): number[] {
  const t = MATRIX.type
  const words = (text: string, size: number, bold = false) => text.split(' ').map(w => textWidth(w, size, bold))
  switch (cell.kind) {
    case 'visits': return cell.visits.flatMap(v => [
      ...words(v.who, t.visit, true),
      textWidth(v.when, t.visit),
    ])
    case 'trade': return [
      textWidth(cell.label, t.value, true),
    ]
    case 'phrase': return words(cell.phrase, t.phrase)
    case 'not-covered': return words(`— ${cell.text}`, t.notCovered)
  }
}

/** The widest unbreakable piece of a column's text, in px (estimated): for the tests' overflow check. */
export function widestWord(layout: RelationsMatrixLayout, column: MatrixColumnId): number {
  const all = layout.rows.flatMap(row => column === 'power'
    // The name does not wrap (PowerTag); its glyph disc takes about 1.2 em.
    ? [textWidth(row.name, MATRIX.type.power, true) + MATRIX.type.power * 1.2]
    : unbreakable(row.cells.find(c => c.column === column)!))
  return Math.max(...all)
}
