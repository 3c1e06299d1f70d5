import type { ComparisonRecord, TradeSettings } from '../../../charts/trade-scales'
import type { TradeRecord } from '../../../data/trade'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, frameHeight, sourceBlock, TYPE } from '../../../charts/frame'
import { textWidth } from '../../../charts/text-measure'
import { layoutTradeChart, tradeSettings } from '../../../charts/trade-chart'
import { tradeDescription, tradeHeadlines, tradeLegend, tradeSourceText, tradeTable } from '../../../charts/trade-labels'
import { tradeBars, tradeComparisons } from '../../../charts/trade-marks'
import { barLabel, comparisonLabel, comparisonRecords, tradeScales } from '../../../charts/trade-scales'
import { capitalise, powerNameInSentence } from '../../../charts/wording'
import { powerById } from '../../../data/powers'
import { sourceById } from '../../../data/sources'
import { figure, formatBillions, series, statisticsLabel, trade } from '../../../data/trade'
import { deckData, validateData } from '../../../data/validate'

/**
 * Each step of the trade chart's pipeline on its own (data → scales → marks → labels → table), with
 * the expected figures read from data/trade.ts.
 */

const defaults = tradeSettings()
const shown = series(defaults.year, defaults.statistics)
const compared = comparisonRecords(trade, shown, defaults)
const scales = tradeScales(shown, compared)
const bars = tradeBars(shown, scales)
const comparisons = tradeComparisons(bars, compared, scales)
/** The records data/trade.ts holds beside the 2022 Kazakh series for the same partners. */
const articleFigures = trade.filter(r => r.article && !shown.includes(r))
const mirrorFigures = trade.filter(r => r.year === defaults.year && r.statistics !== defaults.statistics)

describe('data step', () => {
  it('fills in the defaults and keeps what a slide sets', () => {
    expect(defaults).toEqual({
      year: 2022,
      statistics: 'kazakh',
      compare: true,
      focus: undefined,
    })
    expect(tradeSettings({
      year: 2021,
      statistics: 'chinese-customs',
      compare: false,
      focus: 'china',
    }))
      .toEqual({
        year: 2021,
        statistics: 'chinese-customs',
        compare: false,
        focus: 'china',
      })
  })

  it('draws the rows as given (checked in Node by data/validate.ts, which names the row and the field of a bad one)', () => {
    expect(layoutTradeChart({ data: trade })).toEqual(layoutTradeChart())
    expect(layoutTradeChart({ data: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no rows/),
    })
    const bad = structuredClone(trade) as unknown as Record<string, unknown>[]
    bad[2]!.value = 'lots'
    expect(() => validateData({ ...deckData, trade: bad })).toThrow(/record #3 .*field "value": expected a number/)
  })

  it('compares the article\'s own figure (any year) and other statistics of the same year, for the bars\' partners only', () => {
    expect(articleFigures.length + mirrorFigures.length).toBeGreaterThan(0)
    expect(compared).toEqual([
      ...articleFigures.map(record => ({ kind: 'article', record })),
      ...mirrorFigures.map(record => ({ kind: 'mirror', record })),
    ].sort((a, b) => trade.indexOf(a.record) - trade.indexOf(b.record)))
    // Other statistics of another year are not compared (China 2021 in Chinese customs statistics).
    expect(compared.map(c => c.record)).not.toContain(figure('china', 2021, 'chinese-customs'))
  })

  it('compares nothing when told not to, and only the focused partner\'s figures with a focus', () => {
    expect(comparisonRecords(trade, shown, { ...defaults, compare: false })).toEqual([])
    const china = comparisonRecords(trade, shown, { ...defaults, focus: 'china' })
    expect(china.map(c => c.record)).toEqual([
      figure('china', 2022, 'chinese-customs'),
    ])
  })
})

describe('labels of the marks', () => {
  it('labels a bar with its value, and says when the article quotes it', () => {
    const plain = figure('eu', 2022)
    expect(barLabel(plain)).toBe(formatBillions(plain.value))
    const quoted = articleFigures[0]!
    expect(barLabel(quoted)).toBe(`${formatBillions(quoted.value)} (the figure quoted by the article)`)
  })

  it('labels a comparison with its year and whose figure it is', () => {
    const mirror = figure('china', 2022, 'chinese-customs')
    expect(comparisonLabel('mirror', mirror)).toBe(`2022 in ${statisticsLabel['chinese-customs']}: ${formatBillions(mirror.value)}`)
    const quoted = articleFigures[0]!
    expect(comparisonLabel('article', quoted)).toBe(`${quoted.year}, the figure quoted by the article: ${formatBillions(quoted.value)}`)
  })
})

describe('scales step', () => {
  it('starts at zero on a baseline right of the longest partner name', () => {
    const longest = Math.max(...shown.map(r => textWidth(powerById[r.partner].name, TYPE.label, true)))
    expect(scales.x(0)).toBe(scales.x0)
    expect(scales.x0).toBeGreaterThan(30 + longest)
    expect(scales.x.domain()).toEqual([
      0,
      Math.max(...[
        ...shown,
        ...compared.map(c => c.record),
      ].map(r => r.value)),
    ])
  })

  it('leaves room for every bar label right of its bar, inside the chart', () => {
    expect(scales.right).toBeLessThanOrEqual(CHART_WIDTH)
    for (const r of shown)
      expect(scales.x(r.value) + 8 + textWidth(barLabel(r), TYPE.label, true), r.partner).toBeLessThanOrEqual(scales.right)
  })

  it('never squeezes the bars below half the width for a long comparison label', () => {
    const huge: ComparisonRecord = {
      kind: 'mirror',
      record: {
        ...figure('china', 2022, 'chinese-customs'),
        value: 10 * shown[0]!.value,
      },
    }
    const squeezed = tradeScales(shown, [huge])
    expect(squeezed.x(huge.record.value)).toBeGreaterThanOrEqual(squeezed.x0 + (squeezed.right - squeezed.x0) / 2)
  })

  it('gives every row one lane per comparison of the busiest partner', () => {
    const none = tradeScales(shown, [])
    const one = tradeScales(shown, compared.slice(0, 1))
    const twoForOne = tradeScales(shown, [compared[0]!, compared[0]!])
    expect(one.rowHeight).toBeGreaterThan(none.rowHeight)
    expect(twoForOne.rowHeight - one.rowHeight).toBe(one.rowHeight - none.rowHeight)
    const busiest = Math.max(...shown.map(r => compared.filter(c => c.record.partner === r.partner).length))
    expect(scales.rowHeight).toBe(none.rowHeight + busiest * (one.rowHeight - none.rowHeight))
  })

  it('still has a finite scale when every value is zero', () => {
    const zeros = shown.map(r => ({ ...r, value: 0 }))
    const z = tradeScales(zeros, [])
    expect(z.x(0)).toBe(z.x0)
    expect(Number.isFinite(z.x(1))).toBe(true)
  })
})

describe('marks step', () => {
  it('draws one bar per record, largest first, lengths from the scale, rows one after another', () => {
    expect(bars.map(b => [b.partner, b.value])).toEqual(shown.map(r => [r.partner, r.value]))
    bars.forEach((b, i) => {
      expect(b.x0).toBe(scales.x0)
      expect(b.x1).toBe(scales.x(shown[i]!.value))
      expect(b.y).toBe(scales.rowsTop + i * scales.rowHeight)
      expect(b.cy).toBe(b.y + b.height / 2)
      expect(b.labelX).toBeGreaterThan(b.x1)
      expect(b.label).toBe(barLabel(shown[i]!))
      expect(b.name).toBe(powerById[b.partner].name)
      expect(b.glyph).toBe(powerById[b.partner].glyph)
      expect(b.colour).toBe(`var(--power-${b.partner})`)
    })
  })

  it('greys out the other partners in a focused view', () => {
    const focused = tradeBars(shown, scales, 'russia')
    expect(focused.filter(b => b.colour === 'var(--power-russia)').map(b => b.partner)).toEqual(['russia'])
    expect(focused.filter(b => b.partner !== 'russia').every(b => b.colour === 'var(--chart-rule)')).toBe(true)
  })

  it('puts each comparison on a lane under its partner\'s bar, on the same scale, in the bar\'s colour', () => {
    expect(comparisons.map(c => c.record)).toEqual(compared.map(c => c.record))
    for (const c of comparisons) {
      const bar = bars.find(b => b.partner === c.partner)!
      expect(c.x).toBe(scales.x(c.value))
      expect(c.x0).toBe(scales.x0)
      expect(c.colour).toBe(bar.colour)
      expect(c.cy).toBeGreaterThan(bar.y + bar.height)
      expect(c.cy).toBeLessThan(bar.y + scales.rowHeight)
      expect(c.label).toBe(comparisonLabel(c.kind, c.record))
    }
  })

  it('labels a comparison left of its marker when the label would leave the chart', () => {
    // A scale that runs to the right edge puts the largest comparison's marker there.
    const largest = compared.reduce((a, b) => b.record.value > a.record.value
      ? b
      : a)
    const wide = {
      ...scales,
      x: scales.x.copy().domain([0, largest.record.value]).range([scales.x0, scales.right]),
    }
    const [c] = tradeComparisons(tradeBars(shown, wide), [largest], wide)
    expect(c!.x).toBe(scales.right)
    expect(c!.anchor).toBe('end')
    expect(c!.labelX).toBeLessThan(c!.x)
    expect(c!.labelX - textWidth(c!.label, TYPE.small)).toBeGreaterThanOrEqual(0)
    for (const near of comparisons.filter(c => c.anchor === 'start'))
      expect(near.labelX + textWidth(near.label, TYPE.small)).toBeLessThanOrEqual(scales.right)
  })
})

describe('labels step', () => {
  const legend = tradeLegend(comparisons, defaults, 5)

  it('has a legend entry for the bars from the start and one per kind of comparison with the comparisons', () => {
    expect(legend[0]).toMatchObject({
      kind: 'bar',
      text: `Bars: 2022, ${statisticsLabel.kazakh}`,
      step: 0,
      x: 0,
    })
    expect(legend.slice(1).map(i => [i.kind, i.step])).toEqual([
      ['article', 5],
      ['mirror', 5],
    ])
    expect(legend[1]!.text).toContain(`${powerById[articleFigures[0]!.partner].name} ${articleFigures[0]!.year}`)
    expect(legend[2]!.text).toContain(statisticsLabel[mirrorFigures[0]!.statistics])
    for (let i = 1; i < legend.length; i++)
      expect(legend[i]!.x).toBeGreaterThan(legend[i - 1]!.x + textWidth(legend[i - 1]!.text, TYPE.small) + 22)
    expect(tradeLegend([], defaults, 0).map(i => i.kind)).toEqual(['bar'])
  })

  it('names in the source line whose statistics each number is and who reported it', () => {
    const text = tradeSourceText(shown, comparisons)
    expect(text).toMatch(/^Sources: .*\.$/)
    for (const r of [
      ...shown,
      ...compared.map(c => c.record),
    ]) {
      expect(text).toContain(statisticsLabel[r.statistics])
      expect(text).toContain(sourceById(r.source).publisher)
    }
    const quoted = articleFigures[0]!
    expect(text).toContain(`${powerById[quoted.partner].name} ${quoted.year}: ${statisticsLabel[quoted.statistics]} as quoted by ${sourceById('article').publisher}`)
  })

  it('wraps the source line to the chart width and sizes the frame to its last line', () => {
    const source = sourceBlock(tradeSourceText(shown, comparisons), 400)
    for (const line of source.lines) expect(textWidth(line, TYPE.source)).toBeLessThanOrEqual(CHART_WIDTH)
    expect(frameHeight(source)).toBeGreaterThan(source.y + (source.lines.length - 1) * source.lineHeight)
  })

  it('heads the chart with the largest partner, and a subtitle with year, unit and statistics', () => {
    const h = tradeHeadlines(shown, defaults)
    expect(h.title).toBe(`${capitalise(powerNameInSentence(shown[0]!.partner))} trades most with Kazakhstan`)
    expect(h.subtitle).toBe(`Trade in goods with Kazakhstan, 2022, US$ billion (${statisticsLabel.kazakh})`)
    const one = series(2022, 'chinese-customs')
    expect(one).toHaveLength(1)
    expect(tradeHeadlines(one, { ...defaults, statistics: 'chinese-customs' }).title).toBe(`Trade of ${powerNameInSentence(one[0]!.partner)} with Kazakhstan`)
    expect(tradeHeadlines(shown, defaults, { title: 'T', subtitle: 'S' })).toEqual({ title: 'T', subtitle: 'S' })
  })
})

describe('accessible step', () => {
  it('describes every bar and every comparison in words', () => {
    const text = tradeDescription('Sub', bars, comparisons)
    expect(text).toMatch(/^Bar chart\. Sub: /)
    for (const r of shown) expect(text).toContain(`${powerById[r.partner].name} ${formatBillions(r.value)}`)
    for (const c of compared)
      expect(text).toContain(`Also marked: ${powerById[c.record.partner].name} ${c.record.year}, ${formatBillions(c.record.value)}`)
  })

  it('tables every bar, then every comparison, with whose figure it is and how it is drawn', () => {
    const rows = tradeTable(bars, comparisons)
    const records: TradeRecord[] = [
      ...shown,
      ...compared.map(c => c.record),
    ]
    expect(rows.map(r => [r.partner, r.year, r.value, r.whose])).toEqual(records.map(r => [
      powerById[r.partner].name,
      r.year,
      formatBillions(r.value),
      r.whose,
    ]))
    expect(rows.map(r => r.shownAs)).toEqual([
      ...shown.map(() => 'bar'),
      ...compared.map(c => c.kind === 'article'
        ? 'diamond (the article\'s figure)'
        : 'circle (other statistics)'),
    ])
  })
})

describe('layoutTradeChart composes the steps', () => {
  it.each<[string, Partial<TradeSettings>]>([
    ['the default chart', {}],
    [
      '2021',
      { year: 2021 },
    ],
    [
      'a focused view',
      { focus: 'russia' },
    ],
    [
      'no comparisons',
      { compare: false },
    ],
  ])('%s', (_, options) => {
    const result = layoutTradeChart(options)
    if (!result.ok)
      throw new Error(result.error)
    const l = result.layout
    const s = tradeSettings(options)
    const rows = series(s.year, s.statistics)
    const c = comparisonRecords(trade, rows, s)
    const sc = tradeScales(rows, c)
    const b = tradeBars(rows, sc, s.focus)
    const cs = tradeComparisons(b, c, sc)
    expect(l.bars).toEqual(b)
    expect(l.comparisons).toEqual(cs)
    expect(l.steps).toBe(b.length + (cs.length ? 1 : 0))
    expect(l.legend).toEqual(tradeLegend(cs, s, l.comparisonStep))
    expect(l.source.lines).toEqual(sourceBlock(tradeSourceText(rows, cs), 0).lines)
    expect(l.height).toBe(frameHeight(l.source))
    expect(l.description).toBe(tradeDescription(l.subtitle, b, cs))
    expect(l.table).toEqual(tradeTable(b, cs))
    expect({ title: l.title, subtitle: l.subtitle }).toEqual(tradeHeadlines(rows, s))
  })
})
