import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../charts/text-measure'
import { barMarks, barRows, BARS, barScale, barStart, barText, layoutTradeBars } from '../../charts/trade-bars'
import TradeBars from '../../components/TradeBars.vue'
import { powerById } from '../../data/powers'
import { formatBillions, series } from '../../data/trade'

const expected = series(2022, 'kazakh')

describe('compact trade bars (charts/trade-bars.ts)', () => {
  it('reads the 2022 series in Kazakh statistics, largest first', () => {
    expect(barRows().map(r => [r.partner, r.value])).toEqual(expected.map(r => [r.partner, r.value]))
  })

  it('draws bars from one baseline, proportional to value, with room for the value labels', () => {
    const bars = barMarks(barRows(), 'eu')
    expect(new Set(bars.map(b => b.x0)).size).toBe(1)
    const ratios = bars.map(b => (b.x1 - b.x0) / b.value)
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 9)
    const x = barScale(barRows())
    expect(x.range()[1]).toBeLessThan(BARS.width)
    expect(bars.map(b => b.text)).toEqual(expected.map(r => formatBillions(r.value)))
  })

  it('starts the bars after the longest name, so no name runs into a bar', () => {
    const rows = barRows()
    for (const r of rows)
      expect(BARS.nameX + textWidth(powerById[r.partner].short, BARS.label - 2)).toBeLessThan(barStart(rows))
    expect(barMarks(rows, 'eu').every(b => b.x0 === barStart(rows))).toBe(true)
  })

  it('highlights exactly the power asked for', () => {
    for (const r of expected) {
      const bars = barMarks(barRows(), r.partner)
      expect(bars.filter(b => b.highlighted).map(b => b.partner)).toEqual([r.partner])
    }
    expect(barMarks(barRows(), undefined).some(b => b.highlighted)).toBe(false)
  })

  it('puts every figure in the accessible text', () => {
    const t = barText(barRows(), 'us')
    expect(t.title).toContain(powerById.us.name)
    for (const r of expected)
      expect(t.description).toContain(`${powerById[r.partner].name} ${formatBillions(r.value)}`)
  })

  it('draws at the width asked for, the bars ending inside it', () => {
    const l = layoutTradeBars('us', 2022, 300)
    expect(l.width).toBe(300)
    expect(Math.max(...l.bars.map(b => b.x1))).toBeLessThan(300)
    const w = mount(TradeBars, {
      props: { highlight: 'us', width: 300 },
    })
    expect(w.get('svg').attributes('width')).toBe('300')
  })

  it('refuses a power without a figure, and a year without a series, naming the data file', () => {
    expect(() => layoutTradeBars('kazakhstan')).toThrow(/no 2022 figure.*data\/trade\.ts/)
    expect(() => layoutTradeBars('eu', 1999)).toThrow(/data\/trade\.ts: no 1999 figures/)
  })
})

describe('<TradeBars>', () => {
  it('renders an accessible SVG with one bar per power, the highlighted one in its colour', () => {
    const w = mount(TradeBars, {
      props: { highlight: 'us' },
    })
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toMatch(/2022/)
    expect(w.get(`desc[id="${descId}"]`).text()).toContain(formatBillions(expected[0]!.value))
    const rects = w.findAll('rect')
    expect(rects).toHaveLength(expected.length)
    const us = w.get('g[data-partner="us"] rect')
    expect(us.attributes('fill')).toBe('var(--power-us)')
    expect(w.get('g[data-partner="eu"] rect').attributes('fill')).toBe('var(--chart-rule)')
  })
})
