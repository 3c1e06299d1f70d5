import type { TradeRecord } from '../../../data/trade'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, TYPE } from '../../../charts/frame'
import { textWidth } from '../../../charts/text-measure'
import { layoutTradeChart, TRADE_CHART_STEPS, tradeChartSteps } from '../../../charts/trade-chart'
import TradeChart from '../../../components/TradeChart.vue'
import { powerById } from '../../../data/powers'
import { figure, formatBillions, series, trade } from '../../../data/trade'
import { deckData, validateData } from '../../../data/validate'

function layout(options: Parameters<typeof layoutTradeChart>[0] = {}) {
  const result = layoutTradeChart(options)
  if (!result.ok)
    throw new Error(result.error)
  return result.layout
}

const fixture = (): TradeRecord[] => structuredClone(trade)
/** What the default chart must show, read from data/trade.ts: 2022 in Kazakh statistics, largest first. */
const expected = series(2022, 'kazakh')
function money(partner: TradeRecord['partner'], year: number, statistics: TradeRecord['statistics'] = 'kazakh') {
  return formatBillions(figure(partner, year, statistics).value)
}

describe('trade chart layout', () => {
  const l = layout()

  it('draws the one consistent series by default: 2022, Kazakh statistics, sorted largest first', () => {
    expect(l.bars.map(b => b.partner)).toEqual(expected.map(r => r.partner))
    expect(l.bars.map(b => b.value)).toEqual(expected.map(r => r.value))
    expect(l.bars.map(b => b.value)).toEqual([
      ...l.bars.map(b => b.value),
    ].sort((a, b) => b - a))
    expect(l.bars.every(b => b.record.year === 2022 && b.record.statistics === 'kazakh')).toBe(true)
  })

  it('makes bar length proportional to value: the same ratio for every bar, from a common baseline', () => {
    const x0 = l.bars[0]!.x0
    expect(l.bars.every(b => b.x0 === x0)).toBe(true)
    const ratios = l.bars.map(b => (b.x1 - b.x0) / b.value)
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 9)
    // The comparison marks sit on the same scale.
    for (const c of l.comparisons) expect((c.x - c.x0) / c.value).toBeCloseTo(ratios[0]!, 9)
    expect(l.baseline.x).toBe(x0)
  })

  it('keeps bars from overlapping and the largest bar, with its label, inside the chart', () => {
    for (let i = 1; i < l.bars.length; i++)
      expect(l.bars[i]!.y).toBeGreaterThanOrEqual(l.bars[i - 1]!.y + l.bars[i - 1]!.height)
    const largest = l.bars[0]!
    expect(largest.x1).toBeLessThanOrEqual(CHART_WIDTH)
    expect(largest.labelX + textWidth(largest.label, TYPE.label, true)).toBeLessThanOrEqual(CHART_WIDTH)
    for (const c of l.comparisons) {
      const w = textWidth(c.label, TYPE.small)
      if (c.anchor === 'start')
        expect(c.labelX + w).toBeLessThanOrEqual(CHART_WIDTH)
      else expect(c.labelX - w).toBeGreaterThanOrEqual(0)
    }
    // Partner names stay left of the baseline.
    for (const b of l.bars)
      expect(30 + textWidth(b.name, TYPE.label, true)).toBeLessThan(b.x0)
  })

  it('marks the article\'s own figure and China\'s figure in Chinese customs statistics', () => {
    expect(l.comparisons.map(c => [
      c.kind,
      c.partner,
      c.record.year,
      c.value,
    ])).toEqual([
      [
        'article',
        'russia',
        2021,
        figure('russia', 2021).value,
      ],
      [
        'mirror',
        'china',
        2022,
        figure('china', 2022, 'chinese-customs').value,
      ],
    ])
    expect(l.legend.map(i => i.kind)).toEqual(['bar', 'article', 'mirror'])
    expect(l.source.lines.join(' ')).toMatch(/Kazakh statistics.*Chinese customs statistics/)
  })

  it('counts one step per bar and one for the comparison marks', () => {
    expect(l.steps).toBe(5)
    expect(TRADE_CHART_STEPS).toBe(5)
    expect(l.comparisonStep).toBe(5)
    expect(tradeChartSteps({ compare: false })).toBe(4)
    expect(tradeChartSteps({ year: 2021 })).toBe(3)
  })

  it('lets a slide pick the year and the series', () => {
    const y2021 = layout({ year: 2021 })
    expect(y2021.bars.map(b => [b.partner, b.value])).toEqual([
      ['russia', figure('russia', 2021).value],
      ['china', figure('china', 2021).value],
    ])
    expect(y2021.bars[0]!.label).toContain('quoted by the article')
    expect(y2021.comparisons.map(c => [c.partner, c.record.statistics, c.value])).toEqual([
      ['china', 'chinese-customs', figure('china', 2021, 'chinese-customs').value],
    ])
    const customs = layout({ statistics: 'chinese-customs' })
    expect(customs.bars.map(b => [b.partner, b.value])).toEqual([
      ['china', figure('china', 2022, 'chinese-customs').value],
    ])
    expect(customs.subtitle).toContain('Chinese customs statistics')
  })

  it('explains what it cannot draw; bad rows are refused in Node (data/validate.ts) before any chart', () => {
    expect(layoutTradeChart({ data: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no rows/),
    })
    const negative = fixture()
    negative[1]!.value = -3
    expect(() => validateData({ ...deckData, trade: negative })).toThrow(/negative/)
    const unknown = fixture() as unknown[]
    unknown[2] = { ...(unknown[2] as object), partner: 'india' }
    expect(() => validateData({ ...deckData, trade: unknown })).toThrow(/unknown power "india"/)
    expect(layoutTradeChart({ year: 2019 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No trade figures for 2019/),
    })
  })
})

describe('<TradeChart>', () => {
  it('draws one bar per partner and the two comparison marks, in the powers\' colours', () => {
    const w = mount(TradeChart)
    const bars = w.findAll('rect.trade-bar')
    expect(bars).toHaveLength(4)
    expect(bars.map(b => b.attributes('fill'))).toEqual(expected.map(r => `var(--power-${r.partner})`))
    expect(w.findAll('.trade-comparison')).toHaveLength(2)
    expect(w.findAll('.trade-row .chart-glyph')).toHaveLength(4)
  })

  it('labels each bar with its value from the data', () => {
    const w = mount(TradeChart)
    expect(w.findAll('.value-label').map(t => t.text())).toEqual(expected.map(r => formatBillions(r.value)))
    expect(w.findAll('.partner-name').map(t => t.text())).toEqual(expected.map(r => powerById[r.partner].name))
    expect(w.text()).toContain(money('china', 2022, 'chinese-customs'))
    expect(w.text()).toContain(money('russia', 2021))
  })

  it('follows a change in the data', () => {
    const data = fixture()
    data.find(r => r.partner === 'eu')!.value = 41.2
    const w = mount(TradeChart, {
      props: { data },
    })
    expect(w.findAll('.value-label').map(t => t.text())).toContain('$41.2 bn')
    expect(w.text()).not.toContain(money('eu', 2022))
  })

  it('has an accessible name and description, and a hidden table with the same numbers', () => {
    const w = mount(TradeChart)
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toBe(`The ${powerById[expected[0]!.partner].name} trades most with Kazakhstan`)
    expect(w.get(`desc[id="${descId}"]`).text()).toContain(`${powerById[expected[0]!.partner].name} ${money(expected[0]!.partner, 2022)}`)
    expect(titleId).not.toBe(descId)
    const table = w.get('table.sr-only')
    expect(table.findAll('tbody tr')).toHaveLength(6)
    expect(table.text()).toContain(money('china', 2022, 'chinese-customs'))
  })

  it('reveals bars one by one, then the comparison marks', () => {
    const count = (step?: number) => {
      const w = mount(TradeChart, {
        props: { step },
      })
      return [w.findAll('rect.trade-bar').length, w.findAll('.trade-comparison').length]
    }
    expect(count(0)).toEqual([0, 0])
    expect(count(1)).toEqual([1, 0])
    expect(count(3)).toEqual([3, 0])
    expect(count(4)).toEqual([4, 0])
    expect(count(5)).toEqual([4, 2])
    expect(count(99)).toEqual([4, 2])
    expect(count(undefined)).toEqual([4, 2])
    // The first bar revealed is the largest.
    expect(mount(TradeChart, {
      props: { step: 1 },
    }).get('.trade-row').attributes('data-partner')).toBe('eu')
  })

  it('shows a visible message for props it cannot draw; a bad row is refused in Node first', () => {
    const empty = mount(TradeChart, {
      props: { data: [] },
    })
    expect(empty.find('svg').exists()).toBe(false)
    expect(empty.get('[role="alert"]').text()).toContain('no rows')
    const data = fixture()
    data[0]!.value = -1
    expect(() => validateData({ ...deckData, trade: data })).toThrow(/negative/)
  })
})
