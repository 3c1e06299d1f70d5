import type { PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import type { ChartFrameLayout } from './frame'
import { ascending } from 'd3-array'
import { scaleUtc } from 'd3-scale'
import { powerById, powerIds } from '../data/powers'
import { parseRecords } from '../data/schema'
import { formatWhen, monthNames, spanOf, visits, VisitSchema } from '../data/visits'
import { explainBadData } from './chart-utils'
import { CHART_WIDTH, chartFrame, sourceBlock, SUBTITLE_Y, TYPE } from './frame'
import { textWidth } from './text-measure'
import { listJoin, publishers } from './wording'

/**
 * Layout of VisitTimeline: one row per event in date order on a UTC time axis (d3 scaleUtc).
 * A single day is a point at the middle of its day; a range is a span from the start of its first day
 * to the end of its last day; "early <month>" is an approximate span over days 1–10 (see spanOf).
 */

export interface VisitTimelineOptions {
  /** Events (validated here); default: data/visits.ts. */
  events?: readonly unknown[]
  /** First and last day of the axis (ISO dates); widened to whole months if an event falls outside. */
  from?: string
  to?: string
  title?: string
  subtitle?: string
}

export type EventMarkKind = 'point' | 'span' | 'approximate'

export interface TimelineEvent {
  visit: Visit
  power: PowerId
  kind: EventMarkKind
  /** Point: x0 === x1 === the middle of the day. Spans: start of the first day → end of the last. */
  x0: number
  x1: number
  cy: number
  /** The glyph disc: on the point, or just left of a span. */
  glyphX: number
  label: string
  labelX: number
  anchor: 'start' | 'end'
  /** Bold: one of the visits of the article's "within two months". */
  inWindow: boolean
  /** 1-based presenter step at which the event appears. */
  step: number
}

/** The frame's parts (title, subtitle, source, description, size) plus this chart's marks. */
export interface TimelineLayout extends ChartFrameLayout {
  legend: { power: PowerId, text: string, x: number, y: number }[]
  events: TimelineEvent[]
  months: { label: string, x: number, mid: number }[]
  axis: { x0: number, x1: number, y: number, top: number }
  /** The highlighted window of the four powers' visits; shown from `step` on. */
  window?: { x0: number, x1: number, y0: number, y1: number, label: string, labelX: number, labelY: number, step: number }
  steps: number
  table: { when: string, power: string, who: string, what: string, where: string }[]
}

export type TimelineResult = LayoutResult<TimelineLayout>

const DAY = 86_400_000
const ROW = 25
const GLYPH_R = 10.5
const GAP = 7
const WINDOW_LABEL_Y = 82
const ROWS_TOP = 92

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const nextMonth = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
/** The four visiting powers (everyone but the host). */
const visiting = powerIds.filter(p => p !== 'kazakhstan')

/** The time axis: its domain in UTC milliseconds (start inclusive, end exclusive) and a d3 UTC scale over it. */
export interface TimelineScale {
  start: number
  end: number
  x0: number
  x1: number
  /** UTC milliseconds → x. */
  at: (ms: number) => number
}

/** The period a timeline covers, for its subtitle and description: "May", "November", 2022. */
export interface TimelinePeriod { first: string, last: string, year: number }

/** Validates the events with data/'s schema: a bad one becomes a message naming the event and the field. */
export function validateEvents(events: readonly unknown[]): { ok: true, value: Visit[] } | { ok: false, error: string } {
  if (events.length === 0)
    return { ok: false, error: 'No events were given (the list is empty).' }
  return explainBadData('Event', file => parseRecords(file, VisitSchema, events))
}

/** Date order of two events: by first day, then by last day (the order of the timeline and the strip). */
export function byDate(a: Visit, b: Visit): number {
  return ascending(spanOf(a.when).start, spanOf(b.when).start) || ascending(spanOf(a.when).end, spanOf(b.when).end)
}

/** Data step: the events in date order, by first day, then by last day. */
export function sortVisits(events: readonly Visit[]): Visit[] {
  return [...events].sort(byDate)
}

/**
 * Scales step: the domain runs from `from` to the end of `to` (default May to the end of November 2022),
 * widened to whole months to fit every event, onto `range` (default the chart's width). VisitStrip uses
 * the same scale across its own width.
 */
export function timelineScale(events: readonly Visit[], from = '2022-05-01', to = '2022-11-30', range: readonly [number, number] = [14, CHART_WIDTH - 6]): TimelineScale {
  let start = utc(from)
  let end = utc(to) + DAY
  for (const v of events) {
    const s = spanOf(v.when)
    start = Math.min(start, utc(`${s.start.slice(0, 7)}-01`))
    end = Math.max(end, nextMonth(new Date(utc(s.end))))
  }
  const [x0, x1] = range
  const x = scaleUtc().domain([
    new Date(start),
    new Date(end),
  ]).range([x0, x1])
  return {
    start,
    end,
    x0,
    x1,
    at: (ms: number) => x(new Date(ms)),
  }
}

/** Scales step: the month ticks of the axis, each with its name and the middle of its stretch. */
export function timelineMonths(scale: TimelineScale): TimelineLayout['months'] {
  const { at, end } = scale
  const months: TimelineLayout['months'] = []
  for (let d = new Date(scale.start); d.getTime() < end; d = new Date(nextMonth(d))) {
    months.push({
      label: monthNames[d.getUTCMonth()]!,
      x: at(d.getTime()),
      mid: (at(d.getTime()) + at(Math.min(nextMonth(d), end))) / 2,
    })
  }
  return months
}

/** A day is a point, a range a span, "early <month>" an approximate span. */
export function eventKind(visit: Visit): EventMarkKind {
  return visit.when.precision === 'day'
    ? 'point'
    : visit.when.precision === 'range'
      ? 'span'
      : 'approximate'
}

/**
 * Marks step: where an event's mark lies on the axis. A point sits at the middle of its day (x0 === x1), a
 * span or approximate span runs from the start of its first day to the end of its last. VisitStrip's
 * marks lie the same way.
 */
export function markExtent(visit: Visit, at: (ms: number) => number): { kind: EventMarkKind, x0: number, x1: number } {
  const span = spanOf(visit.when)
  const kind = eventKind(visit)
  const x0 = kind === 'point'
    ? at(utc(span.start) + DAY / 2)
    : at(utc(span.start))
  return {
    kind,
    x0,
    x1: kind === 'point'
      ? x0
      : at(utc(span.end) + DAY),
  }
}

/**
 * Marks step: the `row`-th event (0-based, in date order). A point sits at the middle of its day, a span
 * runs from the start of its first day to the end of its last; the label goes right, or left if it would
 * not fit.
 */
export function eventMark(visit: Visit, row: number, scale: TimelineScale): TimelineEvent {
  const { kind, x0: a, x1: b } = markExtent(visit, scale.at)
  const glyphX = kind === 'point'
    ? a
    : a - GLYPH_R - 3
  const when = formatWhen(visit.when, false)
  const label = kind === 'approximate'
    ? `${visit.label} · ${when} (day not known)`
    : `${visit.label} · ${when}`
  const rightEdge = kind === 'point'
    ? a + GLYPH_R
    : b
  const fitsRight = rightEdge + GAP + textWidth(label, TYPE.label, visit.inWindow) <= CHART_WIDTH
  return {
    visit,
    power: visit.power,
    kind,
    x0: a,
    x1: b,
    cy: ROWS_TOP + row * ROW + ROW / 2,
    glyphX,
    label,
    labelX: fitsRight
      ? rightEdge + GAP
      : glyphX - GLYPH_R - GAP,
    anchor: fitsRight ? 'start' : 'end',
    inWindow: visit.inWindow,
    step: row + 1,
  }
}

/** The bottom of the last event's row. */
export function rowsBottom(events: readonly TimelineEvent[]): number {
  return ROWS_TOP + events.length * ROW
}

/** The powers of the events in the article's "within two months", in date order. */
export function windowPowers(events: readonly TimelineEvent[]): PowerId[] {
  return [
    ...new Set(events.filter(e => e.inWindow).map(e => e.power)),
  ]
}

/** Whether all four visiting powers fall in the window. */
export function allVisitorsInWindow(events: readonly TimelineEvent[]): boolean {
  const powers = windowPowers(events)
  return visiting.every(p => powers.includes(p))
}

/**
 * Marks and labels step: the box around the window's events from the top label to the last row, labelled
 * above, shown with the last of them. None when no event is in the window.
 */
export function timelineWindow(events: readonly TimelineEvent[]): TimelineLayout['window'] {
  const inWindow = events.filter(e => e.inWindow)
  if (!inWindow.length)
    return undefined
  const x0 = Math.min(...inWindow.map(e => e.kind === 'point'
    ? e.x0 - GLYPH_R - 2
    : e.glyphX - GLYPH_R - 2))
  const x1 = Math.max(...inWindow.map(e => e.kind === 'point'
    ? e.x1 + GLYPH_R + 2
    : e.x1 + 2))
  const label = allVisitorsInWindow(events)
    ? 'All four powers within two months'
    : `Within two months: ${listJoin(windowPowers(events).map(p => powerById[p].short))}`
  const labelWidth = textWidth(label, TYPE.small, true)
  return {
    x0,
    x1,
    y0: WINDOW_LABEL_Y - 18,
    y1: rowsBottom(events) + 2,
    label,
    labelX: Math.min(CHART_WIDTH - labelWidth, Math.max(0, (x0 + x1) / 2 - labelWidth / 2)),
    labelY: WINDOW_LABEL_Y,
    step: Math.max(...inWindow.map(e => e.step)),
  }
}

/** Labels step: a legend of the powers present (short names; Kazakhstan in full), right-aligned on the subtitle line. */
export function timelineLegend(events: readonly TimelineEvent[]): TimelineLayout['legend'] {
  const present = powerIds.filter(p => events.some(e => e.power === p))
  const text = (p: PowerId) => powerById[p].short === 'KZ'
    ? powerById[p].name
    : powerById[p].short
  const widths = present.map(p => 2 * GLYPH_R + 6 + textWidth(text(p), TYPE.small) + 16)
  let x = CHART_WIDTH - widths.reduce((s, w) => s + w, 0) + 16
  return present.map((p, i) => {
    const item = {
      power: p,
      text: text(p),
      x: x + GLYPH_R,
      y: SUBTITLE_Y - 5,
    }
    x += widths[i]!
    return item
  })
}

/** Labels step: the publishers of every event's sources, once each. */
export function timelineSourceText(events: readonly Visit[]): string {
  const ids = [
    ...new Set(events.flatMap(v => v.sources)),
  ]
  return `Sources: ${listJoin(publishers(ids))}.`
}

/** Labels step: the first and last month on the axis and the year of its end. */
export function timelinePeriod(scale: TimelineScale, months: TimelineLayout['months']): TimelinePeriod {
  return {
    first: months[0]!.label,
    last: months.at(-1)!.label,
    year: new Date(scale.end - DAY).getUTCFullYear(),
  }
}

/** Labels step: the headline says "four powers" only when all four are in the window. */
export function timelineHeadlines(period: TimelinePeriod, allFour: boolean, options: Pick<VisitTimelineOptions, 'title' | 'subtitle'> = {}): { title: string, subtitle: string } {
  return {
    title: options.title ?? (allFour
      ? 'Four powers came to Kazakhstan within two months'
      : 'Visits and contacts with Kazakhstan'),
    subtitle: options.subtitle ?? `Visits and contacts, ${period.first}–${period.last} ${period.year}`,
  }
}

/** Accessible step: every event in date order in words, then the highlighted window from its first to its last visit. */
export function timelineDescription(events: readonly TimelineEvent[], period: TimelinePeriod, window: TimelineLayout['window']): string {
  const inWindow = events.filter(e => e.inWindow)
  const { first, last, year } = period
  return [
    `Timeline, ${first} to ${last} ${year}, ${events.length} events in date order:`,
    events.map(e => `${formatWhen(e.visit.when, false)}, ${powerById[e.power].name}: ${e.visit.who}, ${e.visit.what.charAt(0).toLowerCase()}${e.visit.what.slice(1)}`).join('; '),
    window
      ? `. Highlighted: ${window.label.toLowerCase()}, from ${formatWhen(inWindow[0]!.visit.when, false)} to ${formatWhen(inWindow.at(-1)!.visit.when, false)}.`
      : '.',
  ].join(' ').replace(' .', '.')
}

/** Accessible step: the hidden table, one row per event: when, power, who (with role), what, where. */
export function timelineTable(events: readonly TimelineEvent[]): TimelineLayout['table'] {
  return events.map(e => ({
    when: formatWhen(e.visit.when),
    power: powerById[e.power].name,
    who: e.visit.role
      ? `${e.visit.who}, ${e.visit.role}`
      : e.visit.who,
    what: e.visit.what,
    where: e.visit.place,
  }))
}

/**
 * Lays the timeline out, or explains why it cannot: data → scales → marks → labels → the accessible
 * description and table.
 */
export function layoutVisitTimeline(options: VisitTimelineOptions = {}): TimelineResult {
  const checked = validateEvents(options.events ?? visits)
  if (!checked.ok)
    return checked
  const sorted = sortVisits(checked.value)
  const scale = timelineScale(sorted, options.from, options.to)
  const events = sorted.map((visit, i) => eventMark(visit, i, scale))
  const months = timelineMonths(scale)
  const window = timelineWindow(events)
  const axisY = rowsBottom(events) + 6
  const source = sourceBlock(timelineSourceText(sorted), axisY + 44)
  const period = timelinePeriod(scale, months)
  const { title, subtitle } = timelineHeadlines(period, allVisitorsInWindow(events), options)
  return {
    ok: true,
    layout: {
      ...chartFrame({ title, subtitle }, source, timelineDescription(events, period, window)),
      legend: timelineLegend(events),
      events,
      months,
      axis: {
        x0: scale.x0,
        x1: scale.x1,
        y: axisY,
        top: ROWS_TOP - 4,
      },
      window,
      steps: events.length,
      table: timelineTable(events),
    },
  }
}

/** Number of presenter steps (one per event, in date order) of a VisitTimeline with these events. */
export function visitTimelineSteps(options: VisitTimelineOptions = {}): number {
  const result = layoutVisitTimeline(options)
  return result.ok ? result.layout.steps : 0
}

/** Steps of the default VisitTimeline (every event of data/visits.ts): use as the slide's `clicks`. */
export const VISIT_TIMELINE_STEPS = visitTimelineSteps()
