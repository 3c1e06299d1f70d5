import type { Relation } from '../../data/relations'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { layoutRelationsMatrix, MATRIX, matrixColumns, NOT_COVERED_TEXT, RELATIONS_MATRIX_STEPS, shortWhen, shownColumns, sourcesShown, widestWord } from '../../charts/relations-matrix'
import RelationsMatrix from '../../components/RelationsMatrix.vue'
import { powerById, visitingPowerIds } from '../../data/powers'
import { aspectLabel, relationAspects, relationOf, relations } from '../../data/relations'
import { citation, sourceById } from '../../data/sources'
import { figure, formatBillions, trade } from '../../data/trade'
import { deckData, validateData } from '../../data/validate'
import { visits } from '../../data/visits'

function layout(options: Parameters<typeof layoutRelationsMatrix>[0] = {}) {
  const result = layoutRelationsMatrix(options)
  if (!result.ok)
    throw new Error(result.error)
  return result.layout
}
const fixture = (): Record<string, unknown>[] => structuredClone(relations) as Record<string, unknown>[]
const inWindow = (power: string) => visits.filter(v => v.power === power && v.inWindow)
/** What a text cell must say, read from data/relations.ts. */
function expectedText(power: (typeof visitingPowerIds)[number], aspect: (typeof relationAspects)[number]): string {
  const r = relationOf(power, aspect)
  return r.status === 'stated'
    ? r.phrase
    : NOT_COVERED_TEXT
}

describe('relations matrix layout', () => {
  const l = layout()

  it('has a row per visiting power and the five columns after the power, one click each', () => {
    expect(l.rows.map(r => r.power)).toEqual([...visitingPowerIds])
    expect(l.columns.map(c => c.id)).toEqual([
      'power',
      'visits',
      'trade',
      ...relationAspects,
    ])
    expect(l.columns.slice(2 + 1).map(c => c.heading)).toEqual(relationAspects.map(a => aspectLabel[a]))
    for (const row of l.rows)
      expect(row.cells.map(c => c.column)).toEqual(l.columns.slice(1).map(c => c.id))
    expect(l.columns.map(c => c.step)).toEqual([0, 1, 2, 3, 4, 5])
    expect(RELATIONS_MATRIX_STEPS).toBe(l.columns.filter(c => c.step > 0).length)
    expect(l.steps).toBe(RELATIONS_MATRIX_STEPS)
  })

  it('reads the visits of the two-month window from data/visits.ts, in date order', () => {
    for (const row of l.rows) {
      const cell = row.cells.find(c => c.kind === 'visits')!
      expect(cell.kind === 'visits' && cell.visits.map(v => [v.who, v.when]), row.power).toEqual(inWindow(row.power).map(v => [
        v.label,
        shortWhen(v),
      ]))
    }
    expect(shortWhen(visits.find(v => v.id === 'borrell')!)).toBe('16–17 Nov')
  })

  it('reads trade in 2022, Kazakh statistics, from data/trade.ts, with bars on one scale', () => {
    const largest = Math.max(...visitingPowerIds.map(p => figure(p, 2022).value))
    for (const row of l.rows) {
      const cell = row.cells.find(c => c.kind === 'trade')!
      if (cell.kind !== 'trade')
        throw new Error('no trade cell')
      expect(cell.record).toEqual(figure(row.power, 2022))
      expect(cell.label).toBe(formatBillions(figure(row.power, 2022).value))
      expect(cell.bar).toBeCloseTo(figure(row.power, 2022).value / largest, 9)
      expect(cell.sources).toEqual([figure(row.power, 2022).source])
    }
  })

  it('reads the text cells from data/relations.ts, and says so where the article is silent', () => {
    for (const row of l.rows) {
      for (const aspect of relationAspects) {
        const cell = row.cells.find(c => c.column === aspect)!
        const r = relationOf(row.power, aspect)
        expect(cell.kind, `${row.power} ${aspect}`).toBe(r.status === 'stated'
          ? 'phrase'
          : 'not-covered')
        expect(cell.kind === 'phrase'
          ? cell.phrase
          : cell.kind === 'not-covered'
            ? cell.text
            : '').toBe(expectedText(row.power, aspect))
        expect(cell.sources).toEqual(r.status === 'stated'
          ? r.sources
          : [])
      }
    }
    expect(relations.some(r => r.status === 'not-covered')).toBe(true)
  })

  it('fits the slide: widths add up, no word wider than its column, the height within the budget, no type under 14 px', () => {
    expect(l.columns.reduce((s, c) => s + c.width, 0)).toBe(MATRIX.width)
    for (const c of l.columns)
      expect(widestWord(l, c.id), c.id).toBeLessThanOrEqual(c.width - 2 * MATRIX.padX)
    expect(l.height).toBeLessThanOrEqual(MATRIX.maxHeight)
    expect(l.height).toBe(l.headHeight + l.rowHeights.reduce((a, b) => a + b, 0))
    expect(Math.min(...Object.values(MATRIX.type))).toBeGreaterThanOrEqual(14)
  })

  it('counts the columns a step shows: none before the first click, all without a step', () => {
    expect([0, 1, 2, 5, 9, -1].map(s => shownColumns(s))).toEqual([0, 1, 2, 5, 5, 0])
    expect(shownColumns(undefined)).toBe(RELATIONS_MATRIX_STEPS)
  })

  it('names the sources of the columns shown, the article first', () => {
    expect(sourcesShown(l, 0)).toEqual([])
    const visitSources = new Set(visitingPowerIds.flatMap(p => inWindow(p).flatMap(v => v.sources)))
    expect(new Set(sourcesShown(l, 1))).toEqual(visitSources)
    const tradeSources = visitingPowerIds.map(p => figure(p, 2022).source)
    expect(new Set(sourcesShown(l, 2))).toEqual(new Set([
      ...visitSources,
      ...tradeSources,
    ]))
    const all = sourcesShown(l, RELATIONS_MATRIX_STEPS)
    expect(all[0]).toBe('article')
    expect(new Set(all)).toEqual(new Set([
      ...visitSources,
      ...tradeSources,
      ...relations.flatMap(r => r.status === 'stated'
        ? r.sources
        : []),
    ]))
    expect(all).toHaveLength(new Set(all).size)
  })

  it('explains what it cannot draw; bad cells are refused in Node (data/validate.ts) before any matrix', () => {
    const unknown = fixture()
    unknown[1]!.power = 'india'
    expect(() => validateData({ ...deckData, relations: unknown })).toThrow(/record #2 \(india .+\): field "power": unknown power "india"/)
    const missing = fixture()
    missing.splice(4, 1)
    expect(() => validateData({ ...deckData, relations: missing })).toThrow(/\(missing: \w+ \w+\): field "aspect"/)
    expect(layoutRelationsMatrix({ relations: missing as unknown as Relation[] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^No friction cell for Russia/),
    })
    const noWindow = structuredClone(visits).map(v => v.power === 'us'
      ? { ...v, inWindow: false }
      : v)
    expect(layoutRelationsMatrix({ visits: noWindow })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No visit of United States/),
    })
    const noFigure = structuredClone(trade).filter(r => !(r.partner === 'eu' && r.year === 2022))
    expect(layoutRelationsMatrix({ trade: noFigure })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No 2022 trade figure for European Union/),
    })
  })
})

describe('<RelationsMatrix>', () => {
  it('is a real table: caption, a heading per column, a heading per power with its colour and glyph, 4 × 5 cells', () => {
    const w = mount(RelationsMatrix)
    const caption = w.find('table caption').text()
    expect(caption).toContain('autumn 2022')
    for (const aspect of relationAspects)
      expect(caption.toLowerCase()).toContain(aspectLabel[aspect].toLowerCase())
    expect(caption).toContain('Astana')
    expect(w.findAll('thead th[scope="col"]')).toHaveLength(matrixColumns.length)
    const rowHeads = w.findAll('tbody th[scope="row"]')
    expect(rowHeads.map(h => h.text())).toEqual(visitingPowerIds.map(p => `${powerById[p].glyph}${powerById[p].name}`))
    expect(rowHeads.map(h => h.find('.power-tag').attributes('style'))).toEqual(visitingPowerIds.map(p => expect.stringContaining(`var(--power-${p})`)))
    expect(w.findAll('tbody td')).toHaveLength(visitingPowerIds.length * RELATIONS_MATRIX_STEPS)
  })

  it('shows the values of data/ in their cells', () => {
    const w = mount(RelationsMatrix)
    for (const p of visitingPowerIds) {
      const row = w.find(`tr[data-power="${p}"]`)
      expect(row.find('td[data-column="trade"] .value').text()).toBe(formatBillions(figure(p, 2022).value))
      expect(row.find('td[data-column="trade"] .bar').attributes('style')).toContain(`var(--power-${p})`)
      expect(row.findAll('td[data-column="visits"] .who').map(x => x.text())).toEqual(inWindow(p).map(v => v.label))
      for (const aspect of relationAspects)
        expect(row.find(`td[data-column="${aspect}"]`).text().replace(/\s+/g, ' ')).toContain(expectedText(p, aspect))
    }
    // The dash of a not-covered cell is hidden from screen readers; the words are read.
    const silent = w.find('td.not-covered')
    expect(silent.find('[aria-hidden="true"]').text()).toMatch(/^—/)
  })

  it('reveals one column per click, keeping the hidden ones in place', async () => {
    const w = mount(RelationsMatrix, {
      props: { step: 0 },
    })
    for (let step = 0; step <= RELATIONS_MATRIX_STEPS; step++) {
      await w.setProps({ step })
      expect(w.findAll('td[data-shown="true"]'), `step ${step}`).toHaveLength(step * visitingPowerIds.length)
      expect(w.findAll('td.pending'), `step ${step}`).toHaveLength((RELATIONS_MATRIX_STEPS - step) * visitingPowerIds.length)
      expect(w.findAll('thead th[data-shown="true"]')).toHaveLength(step + 1)
      expect(w.findAll('tbody td')).toHaveLength(RELATIONS_MATRIX_STEPS * visitingPowerIds.length)
    }
    await w.setProps({ step: undefined })
    expect(w.findAll('td[data-shown="true"]')).toHaveLength(RELATIONS_MATRIX_STEPS * visitingPowerIds.length)
  })

  it('cites, under the table, the sources of the cells shown', async () => {
    const w = mount(RelationsMatrix, {
      props: { step: 0 },
    })
    expect(w.find('.source-line').exists()).toBe(false)
    const l = layout()
    for (const step of [1, 2, RELATIONS_MATRIX_STEPS]) {
      await w.setProps({ step })
      const text = w.find('.source-line').text()
      for (const id of sourcesShown(l, step))
        expect(text, `step ${step}`).toContain(citation(sourceById(id)))
    }
    await w.setProps({ step: 1 })
    expect(w.find('.source-line').text()).not.toContain(citation(sourceById(figure('eu', 2022).source)))
  })

  it('shows a clear message instead of the table when a cell is missing; bad cells are refused in Node (data/validate.ts) first', () => {
    const missing = fixture()
    missing.splice(4, 1)
    const w = mount(RelationsMatrix, {
      props: { data: missing as unknown as Relation[] },
    })
    expect(w.find('table').exists()).toBe(false)
    const alert = w.find('[role="alert"]')
    expect(alert.text()).toContain('The relations matrix cannot be drawn.')
    expect(alert.text()).toContain('No friction cell for Russia (data/relations.ts).')
    const bad = fixture()
    bad[2]!.aspect = 'culture'
    expect(() => validateData({ ...deckData, relations: bad })).toThrow('field "aspect": unknown aspect "culture"')
    const duplicate = fixture()
    duplicate.push({ ...duplicate[0]!, id: 'again' })
    expect(() => validateData({ ...deckData, relations: duplicate })).toThrow(/record #\d+ \(again\): field "aspect": a second cell/)
  })
})
