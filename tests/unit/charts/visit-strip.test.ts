import type { VisitStripLayout } from '../../../charts/visit-strip'
import type { Visit } from '../../../data/visits'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { byDate } from '../../../charts/time-scale'
import { layoutVisitStrip, STRIP_GLYPH_R, STRIP_WIDTH } from '../../../charts/visit-strip'
import { layoutVisitTimeline } from '../../../charts/visit-timeline'
import VisitStrip from '../../../components/VisitStrip.vue'
import { powerById, visitingPowerIds } from '../../../data/powers'
import { formatWhen, visits } from '../../../data/visits'

function layout(power: unknown, options: { width?: number, events?: Visit[] } = {}): VisitStripLayout {
  const result = layoutVisitStrip({ power, ...options })
  if (!result.ok)
    throw new Error(result.error)
  return result.layout
}

const inDateOrder = [...visits].sort(byDate)
const ownOf = (power: string) => inDateOrder.filter(v => v.power === power)

describe('visit strip layout', () => {
  it('has every event of the visit table, left to right in date order', () => {
    const l = layout('china')
    expect(l.marks).toHaveLength(visits.length)
    const byX = [...l.marks].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)
    expect(byX.map(m => m.visit.id)).toEqual(inDateOrder.map(v => v.id))
    expect(l.months.map(m => m.label)).toEqual([
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
    ])
  })

  it('highlights exactly the power\'s events, for each of the four', () => {
    for (const p of visitingPowerIds) {
      const l = layout(p)
      expect(l.marks.filter(m => m.highlighted).map(m => m.visit.id)).toEqual(ownOf(p).map(v => v.id))
      expect(l.marks.filter(m => !m.highlighted).every(m => m.power !== p)).toBe(true)
      expect(l.labels.map(x => x.visit.id)).toEqual(ownOf(p).map(v => v.id))
    }
  })

  it('labels each highlighted event with its date from data/visits.ts', () => {
    for (const p of visitingPowerIds)
      expect(layout(p).labels.map(x => x.text)).toEqual(ownOf(p).map(v => formatWhen(v.when, false)))
  })

  it('uses the big timeline\'s marks: the same kind for every event, and the same place on a calendar', () => {
    const timeline = layoutVisitTimeline()
    if (!timeline.ok)
      throw new Error(timeline.error)
    const l = layout('russia')
    for (const m of l.marks) {
      const t = timeline.layout.events.find(e => e.visit.id === m.visit.id)!
      expect(m.kind).toBe(t.kind)
    }
    // Relative position: an event's place between the first of May and the end of November is the same.
    const rel = (x: number, a: number, b: number) => (x - a) / (b - a)
    const tMonths = timeline.layout.months
    const tEnd = timeline.layout.axis.x1
    for (const m of l.marks) {
      const t = timeline.layout.events.find(e => e.visit.id === m.visit.id)!
      expect(rel(m.x0, l.months[0]!.x, l.axis.x1)).toBeCloseTo(rel(t.x0, tMonths[0]!.x, tEnd), 6)
      expect(rel(m.x1, l.months[0]!.x, l.axis.x1)).toBeCloseTo(rel(t.x1, tMonths[0]!.x, tEnd), 6)
    }
  })

  it('keeps labels inside the strip, apart from each other, and no leader line through a label', () => {
    for (const p of [...visitingPowerIds, undefined]) {
      const l = layout(p)
      for (const a of l.labels) {
        expect(a.box.x0).toBeGreaterThanOrEqual(0)
        expect(a.box.x1).toBeLessThanOrEqual(l.width)
        expect(a.box.y0).toBeGreaterThanOrEqual(0)
        expect(a.box.y1).toBeLessThan(l.baseY)
        // The glyph sits on its leader, above its mark.
        const mark = l.marks.find(m => m.visit.id === a.visit.id)!
        expect(a.x).toBeGreaterThanOrEqual(mark.x0)
        expect(a.x).toBeLessThanOrEqual(mark.x1)
        for (const b of l.labels) {
          if (b === a)
            continue
          const overlap = a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1
          expect(overlap, `${a.text} on ${b.text}`).toBe(false)
          // b's leader runs from below b's glyph down to the axis: it must not pass through a.
          if (a.box.y0 > b.glyph.y)
            expect(b.x > a.box.x0 - 2 && b.x < a.box.x1 + 2, `${b.text}'s leader through ${a.text}`).toBe(false)
        }
      }
    }
  })

  it('is the same height in every chapter, with the levels of the busiest power', () => {
    const heights = visitingPowerIds.map(p => layout(p).height)
    expect(new Set(heights).size).toBe(1)
    const levels = visitingPowerIds.map(p => Math.max(...layout(p).labels.map(x => x.level)) + 1)
    expect(layout('china').levels).toBe(Math.max(...levels))
    expect(layout('china').width).toBe(STRIP_WIDTH)
  })

  it('follows the data: a moved event moves, and its label says the new date', () => {
    const events: Visit[] = structuredClone(visits)
    events.find(v => v.id === 'xi')!.when = { precision: 'day', date: '2022-09-15' }
    const before = layout('china').marks.find(m => m.visit.id === 'xi')!
    const after = layout('china', { events }).marks.find(m => m.visit.id === 'xi')!
    expect(after.x0).toBeGreaterThan(before.x0)
    expect(layout('china', { events }).labels[0]!.text).toBe('15 September')
  })

  it('without a power, highlights the visits of the two-month window, each with its own power', () => {
    const l = layout(undefined)
    const window = inDateOrder.filter(v => v.inWindow)
    expect(l.power).toBe('window')
    expect(l.labels.map(x => x.visit.id)).toEqual(window.map(v => v.id))
    expect(l.labels.map(x => x.power)).toEqual(window.map(v => v.power))
    expect(l.labels.map(x => x.text)).toEqual(window.map(v => formatWhen(v.when, false)))
    expect(l.marks.filter(m => !m.highlighted).every(m => !m.visit.inWindow)).toBe(true)
    expect(l.title).toMatch(/two months/)
  })

  it('explains a bad power, a power without events or a strip too narrow', () => {
    const bad = layoutVisitStrip({ power: 'japan' })
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.error).toContain('unknown power "japan"')
    const none = layoutVisitStrip({
      power: 'us',
      events: visits.filter(v => v.power !== 'us'),
    })
    expect(!none.ok && none.error).toContain(powerById.us.name)
    const narrow = layoutVisitStrip({ power: 'china', width: 100 })
    expect(!narrow.ok && narrow.error).toMatch(/too narrow/)
  })
})

describe('visitStrip component', () => {
  it('draws every event, the power\'s in colour with a glyph and its date, the others grey', () => {
    const w = mount(VisitStrip, {
      props: { power: 'eu' },
    })
    const marks = w.findAll('.strip-mark')
    expect(marks).toHaveLength(visits.length)
    expect(w.findAll('.strip-mark.is-highlighted').map(m => m.attributes('data-power'))).toEqual(ownOf('eu').map(() => 'eu'))
    expect(w.findAll('.strip-mark.is-other').every(m => m.attributes('style')?.includes('--chart-rule'))).toBe(true)
    expect(w.findAll('.strip-label .chart-glyph').map(g => g.attributes('data-power'))).toEqual(ownOf('eu').map(() => 'eu'))
    expect(w.findAll('.strip-label text.halo').map(t => t.text())).toEqual(ownOf('eu').map(v => formatWhen(v.when, false)))
    for (const t of w.findAll('text')) expect(Number(t.attributes('font-size'))).toBeGreaterThanOrEqual(14)
    expect(STRIP_GLYPH_R).toBeGreaterThanOrEqual(12)
  })

  it('is an accessible image with a title, a description and a hidden list of the sequence', () => {
    const w = mount(VisitStrip, {
      props: { power: 'russia' },
    })
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toContain(powerById.russia.name)
    const desc = w.get(`desc[id="${descId}"]`).text()
    for (const v of ownOf('russia')) expect(desc).toContain(formatWhen(v.when, false))
    const items = w.findAll('ol.sr-only li').map(li => li.text())
    expect(items).toHaveLength(visits.length)
    expect(items.filter(t => t.endsWith('(highlighted)'))).toHaveLength(ownOf('russia').length)
  })

  it('without a power, draws the window\'s visits in their powers\' colours and glyphs', () => {
    const w = mount(VisitStrip)
    const window = inDateOrder.filter(v => v.inWindow)
    expect(w.findAll('.strip-label .chart-glyph').map(g => g.attributes('data-power'))).toEqual(window.map(v => v.power))
    expect(w.findAll('.strip-mark.is-highlighted').map(m => m.attributes('data-power'))).toEqual(window.map(v => v.power))
    expect(w.findAll('.strip-label text.halo')).toHaveLength(0)
    const desc = w.get('desc').text()
    for (const v of window) expect(desc).toContain(formatWhen(v.when, false))
    expect(layout(undefined).levels).toBeLessThanOrEqual(2)
  })

  it('shows a message for a bad power', () => {
    const w = mount(VisitStrip, {
      props: { power: 'japan' as never },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.get('[role="alert"]').text()).toContain('unknown power "japan"')
  })
})
