import type { Visit } from '../../../data/visits'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, frameHeight, sourceBlock, TYPE } from '../../../charts/frame'
import { textWidth } from '../../../charts/text-measure'
import { eventKind, sortVisits, timelineMonths, timelinePeriod, timelineScale } from '../../../charts/time-scale'
import {
  allVisitorsInWindow,
  eventMark,
  layoutVisitTimeline,
  rowsBottom,
  timelineDescription,
  timelineHeadlines,
  timelineLegend,
  timelineSourceText,
  timelineTable,
  timelineWindow,
  windowPowers,
} from '../../../charts/visit-timeline'
import { listJoin, publishers } from '../../../charts/wording'
import { powerById, powerIds, visitingPowerIds } from '../../../data/powers'
import { deckData, validateData } from '../../../data/validate'
import { formatWhen, monthNames, spanOf, visits } from '../../../data/visits'

/**
 * Each step of the timeline's pipeline on its own (data → scales → marks → labels → table), with the
 * expected dates, names and sources read from data/visits.ts.
 */

const DAY = 86_400_000
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const fixture = (): Visit[] => structuredClone(visits)

const sorted = sortVisits(visits)
const scale = timelineScale(sorted)
const events = sorted.map((v, i) => eventMark(v, i, scale))
const months = timelineMonths(scale)
const ofPrecision = (p: Visit['when']['precision']) => visits.find(v => v.when.precision === p)!
const inWindow = sorted.filter(v => v.inWindow)

describe('data step', () => {
  it('draws the events as given (checked in Node by data/validate.ts, which names the event and the field of a bad one)', () => {
    expect(layoutVisitTimeline({ events: visits })).toEqual(layoutVisitTimeline())
    expect(layoutVisitTimeline({ events: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/empty/),
    })
    const bad = fixture() as unknown as Record<string, unknown>[]
    bad[3]!.inWindow = 'yes'
    expect(() => validateData({ ...deckData, visits: bad })).toThrow(/record #4 .*field "inWindow"/)
  })

  it('sorts by first day, then by last day, without touching its input', () => {
    const reversed = [...visits].reverse()
    const copy = [...reversed]
    const out = sortVisits(reversed)
    expect(reversed).toEqual(copy)
    expect(out).toHaveLength(visits.length)
    for (let i = 1; i < out.length; i++) {
      const [a, b] = [
        spanOf(out[i - 1]!.when),
        spanOf(out[i]!.when),
      ]
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end), `${out[i - 1]!.id} before ${out[i]!.id}`).toBe(true)
    }
    // Same first day: the shorter event comes first.
    const first = visits[0]!
    const longer: Visit = {
      ...first,
      id: 'longer',
      when: { precision: 'range', start: spanOf(first.when).start, end: '2022-12-31' },
    }
    expect(sortVisits([longer, first]).map(v => v.id)).toEqual([first.id, 'longer'])
  })
})

describe('scales step', () => {
  it('runs from May to the end of November 2022 by default, across the chart', () => {
    expect(scale.start).toBe(Date.UTC(2022, 4, 1))
    expect(scale.end).toBe(Date.UTC(2022, 11, 1))
    expect(scale.at(scale.start)).toBe(scale.x0)
    expect(scale.at(scale.end)).toBe(scale.x1)
    expect(scale.x0).toBeGreaterThanOrEqual(0)
    expect(scale.x1).toBeLessThanOrEqual(CHART_WIDTH)
  })

  it('widens the domain to whole months to fit every event', () => {
    const early: Visit = {
      ...visits[0]!,
      when: { precision: 'day', date: '2022-03-15' },
    }
    const late: Visit = {
      ...visits[0]!,
      when: { precision: 'range', start: '2022-12-20', end: '2023-01-05' },
    }
    const wide = timelineScale([early, ...sorted, late])
    expect(wide.start).toBe(Date.UTC(2022, 2, 1))
    expect(wide.end).toBe(Date.UTC(2023, 1, 1))
    const narrow = timelineScale(sorted, '2022-09-01', '2022-10-31')
    expect(narrow.start).toBe(Date.UTC(2022, 4, 1)) // the first event (May) widens it back
  })

  it('ticks every month of the domain with its name, each tick right of the last', () => {
    expect(months.map(m => m.label)).toEqual(monthNames.slice(4, 11))
    expect(months[0]!.x).toBe(scale.x0)
    for (let i = 1; i < months.length; i++) {
      expect(months[i]!.x).toBeGreaterThan(months[i - 1]!.x)
      expect(months[i - 1]!.mid).toBeCloseTo((months[i - 1]!.x + months[i]!.x) / 2, 9)
    }
    expect(months.at(-1)!.mid).toBeCloseTo((months.at(-1)!.x + scale.x1) / 2, 9)
  })
})

describe('marks step', () => {
  it('knows a day, a range and "early <month>" apart', () => {
    expect(eventKind(ofPrecision('day'))).toBe('point')
    expect(eventKind(ofPrecision('range'))).toBe('span')
    expect(eventKind(ofPrecision('early-month'))).toBe('approximate')
  })

  it('puts a day at the middle of the day, with its glyph on it', () => {
    const v = ofPrecision('day')
    const e = eventMark(v, 0, scale)
    expect(e.x0).toBe(scale.at(utc(spanOf(v.when).start) + DAY / 2))
    expect(e.x1).toBe(e.x0)
    expect(e.glyphX).toBe(e.x0)
    expect(e.label).toBe(`${v.label} · ${formatWhen(v.when, false)}`)
  })

  it('runs a range from the start of its first day to the end of its last, glyph just left of it', () => {
    const v = ofPrecision('range')
    const e = eventMark(v, 0, scale)
    const { start, end } = spanOf(v.when)
    expect(e.x0).toBe(scale.at(utc(start)))
    expect(e.x1).toBe(scale.at(utc(end) + DAY))
    expect(e.glyphX).toBeLessThan(e.x0)
  })

  it('says when the day is not known', () => {
    const v = ofPrecision('early-month')
    expect(eventMark(v, 0, scale).label).toBe(`${v.label} · ${formatWhen(v.when, false)} (day not known)`)
  })

  it('gives each row its own height and step, in date order', () => {
    expect(events.map(e => e.step)).toEqual(sorted.map((_, i) => i + 1))
    const gap = events[1]!.cy - events[0]!.cy
    for (let i = 1; i < events.length; i++) expect(events[i]!.cy - events[i - 1]!.cy).toBe(gap)
    expect(rowsBottom(events)).toBe(events.at(-1)!.cy + gap / 2)
    expect(rowsBottom(events.slice(0, 3))).toBe(events[2]!.cy + gap / 2)
  })

  it('labels right of the mark when it fits, else left of the glyph, always inside the chart', () => {
    const last: Visit = {
      ...ofPrecision('day'),
      when: { precision: 'day', date: '2022-11-30' },
    }
    const e = eventMark(last, 0, scale)
    expect(e.anchor).toBe('end')
    expect(e.labelX).toBeLessThan(e.glyphX)
    for (const ev of [e, ...events]) {
      const w = textWidth(ev.label, TYPE.label, ev.inWindow)
      if (ev.anchor === 'start')
        expect(ev.labelX + w, ev.visit.id).toBeLessThanOrEqual(CHART_WIDTH)
      else expect(ev.labelX - w, ev.visit.id).toBeGreaterThanOrEqual(0)
    }
  })
})

describe('the window of the four powers\' visits', () => {
  const box = timelineWindow(events)!

  it('knows whose visits fall in the window', () => {
    expect(windowPowers(events)).toEqual([
      ...new Set(inWindow.map(v => v.power)),
    ])
    expect(allVisitorsInWindow(events)).toBe(visitingPowerIds.every(p => inWindow.some(v => v.power === p)))
    const withoutUs = events.filter(e => e.power !== 'us')
    expect(allVisitorsInWindow(withoutUs)).toBe(false)
  })

  it('frames every event in the window and appears with the last of them', () => {
    const marks = events.filter(e => e.inWindow)
    expect(box.x0).toBeLessThan(Math.min(...marks.map(e => e.glyphX)))
    expect(box.x1).toBeGreaterThan(Math.max(...marks.map(e => e.x1)))
    expect(box.y1).toBeGreaterThan(rowsBottom(events))
    expect(box.step).toBe(Math.max(...marks.map(e => e.step)))
    expect(box.labelX).toBeGreaterThanOrEqual(0)
    expect(box.labelX + textWidth(box.label, TYPE.small, true)).toBeLessThanOrEqual(CHART_WIDTH)
  })

  it('names the powers when not all four are in it, and is absent when none is', () => {
    const withoutUs = events.filter(e => e.power !== 'us')
    expect(timelineWindow(withoutUs)!.label).toBe(`Within two months: ${listJoin(windowPowers(withoutUs).map(p => powerById[p].short))}`)
    expect(timelineWindow(events.filter(e => !e.inWindow))).toBeUndefined()
  })
})

describe('labels step', () => {
  it('has a legend of the powers present, in data/powers.ts order, right-aligned and not overlapping', () => {
    const legend = timelineLegend(events)
    expect(legend.map(i => i.power)).toEqual(powerIds.filter(p => visits.some(v => v.power === p)))
    for (const item of legend) {
      expect(item.text).toBe(powerById[item.power].short === 'KZ'
        ? powerById[item.power].name
        : powerById[item.power].short)
    }
    for (let i = 1; i < legend.length; i++)
      expect(legend[i]!.x).toBeGreaterThan(legend[i - 1]!.x + textWidth(legend[i - 1]!.text, TYPE.small))
    expect(legend.at(-1)!.x + textWidth(legend.at(-1)!.text, TYPE.small)).toBeLessThanOrEqual(CHART_WIDTH)
    expect(timelineLegend(events.filter(e => e.power === 'china')).map(i => i.power)).toEqual(['china'])
  })

  it('credits the publisher of every event\'s sources, once each', () => {
    const text = timelineSourceText(sorted)
    expect(text).toBe(`Sources: ${listJoin(publishers([
      ...new Set(sorted.flatMap(v => v.sources)),
    ]))}.`)
  })

  it('reads the period off the axis', () => {
    expect(timelinePeriod(scale, months)).toEqual({ first: months[0]!.label, last: months.at(-1)!.label, year: 2022 })
  })

  it('says "four powers" in the headline only when all four are in the window', () => {
    const period = timelinePeriod(scale, months)
    expect(timelineHeadlines(period, true).title).toBe('Four powers came to Kazakhstan within two months')
    expect(timelineHeadlines(period, false).title).toBe('Visits and contacts with Kazakhstan')
    expect(timelineHeadlines(period, true).subtitle).toBe(`Visits and contacts, ${period.first}–${period.last} ${period.year}`)
    expect(timelineHeadlines(period, true, { title: 'T', subtitle: 'S' })).toEqual({ title: 'T', subtitle: 'S' })
  })
})

describe('accessible step', () => {
  it('reads every event in date order, then the window from its first to its last visit', () => {
    const box = timelineWindow(events)
    const text = timelineDescription(events, timelinePeriod(scale, months), box)
    let from = 0
    for (const v of sorted) {
      const at = text.indexOf(`${formatWhen(v.when, false)}, ${powerById[v.power].name}: ${v.who}`, from)
      expect(at, v.id).toBeGreaterThanOrEqual(from)
      from = at
    }
    expect(text).toContain(`Highlighted: ${box!.label.toLowerCase()}, from ${formatWhen(inWindow[0]!.when, false)} to ${formatWhen(inWindow.at(-1)!.when, false)}.`)
    expect(timelineDescription(events, timelinePeriod(scale, months), undefined)).not.toContain('Highlighted')
  })

  it('tables every event: when (with the year), power, who with role, what, where', () => {
    expect(timelineTable(events)).toEqual(sorted.map(v => ({
      when: formatWhen(v.when),
      power: powerById[v.power].name,
      who: v.role
        ? `${v.who}, ${v.role}`
        : v.who,
      what: v.what,
      where: v.place,
    })))
  })
})

describe('layoutVisitTimeline composes the steps', () => {
  it.each<[string, Visit[]]>([
    ['every event', visits],
    [
      'the first four',
      visits.slice(0, 4),
    ],
    [
      'without the U.S.',
      visits.filter(v => v.power !== 'us'),
    ],
  ])('%s', (_, list) => {
    const result = layoutVisitTimeline({ events: list })
    if (!result.ok)
      throw new Error(result.error)
    const l = result.layout
    const s = sortVisits(list)
    const sc = timelineScale(s)
    const ev = s.map((v, i) => eventMark(v, i, sc))
    const m = timelineMonths(sc)
    const period = timelinePeriod(sc, m)
    expect(l.events).toEqual(ev)
    expect(l.months).toEqual(m)
    expect(l.window).toEqual(timelineWindow(ev))
    expect(l.legend).toEqual(timelineLegend(ev))
    expect(l.axis).toMatchObject({ x0: sc.x0, x1: sc.x1, y: rowsBottom(ev) + 6 })
    // The axis' top rule sits just above the first row.
    expect(l.axis.top).toBe(ev[0]!.cy - (ev[1]!.cy - ev[0]!.cy) / 2 - 4)
    expect(l.source.lines).toEqual(sourceBlock(timelineSourceText(s), 0).lines)
    expect(l.height).toBe(frameHeight(l.source))
    expect({ title: l.title, subtitle: l.subtitle }).toEqual(timelineHeadlines(period, allVisitorsInWindow(ev)))
    expect(l.description).toBe(timelineDescription(ev, period, l.window))
    expect(l.table).toEqual(timelineTable(ev))
    expect(l.steps).toBe(list.length)
  })
})
