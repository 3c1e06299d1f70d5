import type { Visit } from '../../../data/visits'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, TYPE } from '../../../charts/frame'
import { textWidth } from '../../../charts/text-measure'
import { layoutVisitTimeline, VISIT_TIMELINE_STEPS } from '../../../charts/visit-timeline'
import VisitTimeline from '../../../components/VisitTimeline.vue'
import { deckData, validateData } from '../../../data/validate'
import { spanOf, visits } from '../../../data/visits'

function layout(options: Parameters<typeof layoutVisitTimeline>[0] = {}) {
  const result = layoutVisitTimeline(options)
  if (!result.ok)
    throw new Error(result.error)
  return result.layout
}
const fixture = (): Visit[] => structuredClone(visits)

describe('visit timeline layout', () => {
  const l = layout()
  const byId = (id: string) => l.events.find(e => e.visit.id === id)!

  it('has every event of the visit table, in date order, one row each', () => {
    expect(l.events).toHaveLength(visits.length)
    const starts = l.events.map(e => spanOf(e.visit.when).start)
    expect(starts).toEqual([...starts].sort())
    expect(l.events.map(e => e.visit.id)).toEqual([
      'lu-may',
      'putin-call',
      'army-games',
      'sochi',
      'xi',
      'putin-cica',
      'michel',
      'lu-nov',
      'borrell',
      'election',
    ])
    for (let i = 1; i < l.events.length; i++)
      expect(l.events[i]!.cy).toBeGreaterThan(l.events[i - 1]!.cy + 20)
    // Left to right follows the calendar too.
    const xs = l.events.map(e => e.x0)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  })

  it('runs from May to the end of November 2022', () => {
    expect(l.months.map(m => m.label)).toEqual([
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
    ])
    expect(l.axis.x0).toBeGreaterThanOrEqual(0)
    expect(l.axis.x1).toBeLessThanOrEqual(CHART_WIDTH)
  })

  it('draws days as points and ranges as spans from the start of the first day to the end of the last', () => {
    const perDay = (l.months[1]!.x - l.months[0]!.x) / 31 // May has 31 days
    const xi = byId('xi')
    expect(xi.kind).toBe('point')
    expect(xi.x0).toBe(xi.x1)
    const games = byId('army-games')
    expect(games.kind).toBe('span')
    expect(games.x0).toBeCloseTo(l.months[3]!.x + 12 * perDay, 6) // 13 August, 00:00
    expect(games.x1 - games.x0).toBeCloseTo(15 * perDay, 6) // 13–27 August inclusive
    expect(byId('lu-nov').x1 - byId('lu-nov').x0).toBeCloseTo(6 * perDay, 6)
    expect(byId('borrell').x1 - byId('borrell').x0).toBeCloseTo(2 * perDay, 6)
    expect(xi.x0).toBeCloseTo(l.months[4]!.x + 13.5 * perDay, 6) // the middle of 14 September
  })

  it('draws the "early August" call as an approximate span over days 1–10', () => {
    const call = byId('putin-call')
    expect(call.kind).toBe('approximate')
    expect(call.label).toContain('early August')
    expect(call.x0).toBeCloseTo(l.months[3]!.x, 6)
  })

  it('highlights the window of the four powers\' visits and shows it with the last of them', () => {
    const w = l.window!
    const inWindow = l.events.filter(e => e.inWindow)
    expect(new Set(inWindow.map(e => e.power))).toEqual(new Set(['china', 'russia', 'eu', 'us']))
    expect(w.x0).toBeLessThanOrEqual(Math.min(...inWindow.map(e => e.glyphX)))
    expect(w.x1).toBeGreaterThanOrEqual(Math.max(...inWindow.map(e => e.x1)))
    expect(w.x1).toBeLessThan(byId('election').glyphX)
    expect(w.step).toBe(byId('borrell').step)
    expect(w.label).toContain('two months')
  })

  it('keeps every label inside the chart', () => {
    for (const e of l.events) {
      const width = textWidth(e.label, TYPE.label, e.inWindow)
      if (e.anchor === 'start')
        expect(e.labelX + width).toBeLessThanOrEqual(CHART_WIDTH)
      else expect(e.labelX - width).toBeGreaterThanOrEqual(0)
    }
  })

  it('counts one step per event', () => {
    expect(l.steps).toBe(10)
    expect(VISIT_TIMELINE_STEPS).toBe(10)
    expect(l.events.map(e => e.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('explains an empty list instead of drawing it; bad events are refused in Node (data/validate.ts) before any chart', () => {
    expect(layoutVisitTimeline({ events: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/empty/),
    })
    const unknown = fixture() as unknown[]
    unknown[0] = { ...(unknown[0] as object), power: 'japan' }
    expect(() => validateData({ ...deckData, visits: unknown })).toThrow(/unknown power "japan"/)
    const badDate = fixture()
    badDate[4]!.when = { precision: 'day', date: '2022-02-30' }
    expect(() => validateData({ ...deckData, visits: badDate })).toThrow(/calendar date/)
  })
})

describe('<VisitTimeline>', () => {
  it('draws a mark with a glyph for every event: points, spans and the approximate call', () => {
    const w = mount(VisitTimeline)
    const events = w.findAll('.timeline-event')
    expect(events).toHaveLength(10)
    expect(events.filter(e => e.attributes('data-kind') === 'span')).toHaveLength(3)
    expect(events.filter(e => e.attributes('data-kind') === 'approximate')).toHaveLength(1)
    expect(events.filter(e => e.attributes('data-kind') === 'point')).toHaveLength(6)
    expect(w.findAll('.timeline-event .chart-glyph')).toHaveLength(10)
    expect(w.find('.approximate, .is-approximate rect[stroke-dasharray]').exists()).toBe(true)
    expect(w.find('.window').exists()).toBe(true)
  })

  it('labels events with names and dates from the data', () => {
    const w = mount(VisitTimeline)
    const labels = w.findAll('.event-label').map(t => t.text())
    expect(labels).toContain('Xi Jinping · 14 September')
    expect(labels).toContain('Army Games · 13–27 August')
    const events = fixture()
    events.find(v => v.id === 'xi')!.when = { precision: 'day', date: '2022-09-15' }
    const changed = mount(VisitTimeline, {
      props: { events },
    }).findAll('.event-label').map(t => t.text())
    expect(changed).toContain('Xi Jinping · 15 September')
    expect(changed).not.toContain('Xi Jinping · 14 September')
  })

  it('has an accessible name and description, and a hidden table of the events', () => {
    const w = mount(VisitTimeline)
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toContain('within two months')
    expect(w.get(`desc[id="${descId}"]`).text()).toContain('14 September, China: Xi Jinping')
    expect(w.get('table.sr-only').findAll('tbody tr')).toHaveLength(10)
  })

  it('reveals events in date order and the window with its last visit', () => {
    const at = (step?: number) => mount(VisitTimeline, {
      props: { step },
    })
    expect(at(0).findAll('.timeline-event')).toHaveLength(0)
    const three = at(3)
    const byDate = [...visits].sort((a, b) => spanOf(a.when).start.localeCompare(spanOf(b.when).start))
    expect(three.findAll('.timeline-event').map(e => e.attributes('data-power'))).toEqual(byDate.slice(0, 3).map(v => v.power))
    expect(three.find('.window').exists()).toBe(false)
    expect(at(8).find('.window').exists()).toBe(false)
    expect(at(9).find('.window').exists()).toBe(true)
    expect(at(10).findAll('.timeline-event')).toHaveLength(10)
    expect(at(undefined).findAll('.timeline-event')).toHaveLength(10)
  })

  it('shows a visible message for props it cannot draw; a bad event is refused in Node first', () => {
    const w = mount(VisitTimeline, {
      props: { events: [] },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.get('[role="alert"]').text()).toContain('empty')
    const events = fixture() as unknown as Visit[]
    ;(events[1] as unknown as { power: string }).power = 'nato'
    expect(() => validateData({ ...deckData, visits: events })).toThrow(/unknown power "nato"/)
  })
})
