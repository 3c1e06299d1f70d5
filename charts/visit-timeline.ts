import type { PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import type { ChartFrameLayout } from './frame'
import type { EventMarkKind, MonthTick, TimelinePeriod, TimelineScale } from './time-scale'
import { powerById, powerIds } from '../data/powers'
import { formatWhen, visits } from '../data/visits'
import { CHART_WIDTH, chartFrame, sourceBlock, SUBTITLE_Y, TYPE } from './frame'
import { textWidth } from './text-measure'
import { markExtent, sortVisits, timelineMonths, timelinePeriod, timelineScale } from './time-scale'
import { listJoin, publishers } from './wording'

/**
 * Layout of VisitTimeline: one row per event in date order on the shared time axis (time-scale.ts), a
 * glyph and a label per event, the two-month window of the four powers' visits boxed, in the shared
 * chart frame (frame.ts).
 */

export interface VisitTimelineOptions {
  /** Events, checked like data/visits.ts's (data/validate.ts); default: data/visits.ts. */
  events?: readonly Visit[]
  /** First and last day of the axis (ISO dates); widened to whole months if an event falls outside. */
  from?: string
  to?: string
  title?: string
  subtitle?: string
}

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
  months: MonthTick[]
  axis: { x0: number, x1: number, y: number, top: number }
  /** The highlighted window of the four powers' visits; shown from `step` on. */
  window?: { x0: number, x1: number, y0: number, y1: number, label: string, labelX: number, labelY: number, step: number }
  steps: number
  table: { when: string, power: string, who: string, what: string, where: string }[]
}

export type TimelineResult = LayoutResult<TimelineLayout>

const ROW = 25
const GLYPH_R = 10.5
const GAP = 7
const WINDOW_LABEL_Y = 82
const ROWS_TOP = 92

/** The four visiting powers (everyone but the host). */
const visiting = powerIds.filter(p => p !== 'kazakhstan')

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
  const given = options.events ?? visits
  if (given.length === 0)
    return { ok: false, error: 'No events were given (the list is empty).' }
  const sorted = sortVisits(given)
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
