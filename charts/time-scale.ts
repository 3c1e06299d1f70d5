import type { Visit } from '../data/visits'
import { ascending } from 'd3-array'
import { scaleUtc } from 'd3-scale'
import { monthNames, spanOf } from '../data/visits'
import { CHART_WIDTH } from './frame'

/**
 * The time axis VisitTimeline, VisitStrip and the chapter opener share: the date order of events, a
 * d3 UTC scale widened to whole months, its month ticks and the period it covers, and where an event's
 * mark lies on it (a day at its middle; a range from the start of its first day to the end of its last).
 */

export const DAY = 86_400_000

/** UTC milliseconds of the start of an ISO day. */
export const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const nextMonth = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)

/** The time axis: its domain in UTC milliseconds (start inclusive, end exclusive) and a d3 UTC scale over it. */
export interface TimelineScale {
  start: number
  end: number
  x0: number
  x1: number
  /** UTC milliseconds → x. */
  at: (ms: number) => number
}

/** A month tick: the month's name, where it starts and the middle of its stretch. */
export interface MonthTick { label: string, x: number, mid: number }

/** The period a timeline covers, for its subtitle and description: "May", "November", 2022. */
export interface TimelinePeriod { first: string, last: string, year: number }

/** How an event is drawn: a day is a point, a range a span, "early <month>" an approximate span. */
export type EventMarkKind = 'point' | 'span' | 'approximate'

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
 * widened to whole months to fit every event, onto `range` (default the chart's width).
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
export function timelineMonths(scale: TimelineScale): MonthTick[] {
  const { at, end } = scale
  const months: MonthTick[] = []
  for (let d = new Date(scale.start); d.getTime() < end; d = new Date(nextMonth(d))) {
    months.push({
      label: monthNames[d.getUTCMonth()]!,
      x: at(d.getTime()),
      mid: (at(d.getTime()) + at(Math.min(nextMonth(d), end))) / 2,
    })
  }
  return months
}

/** The first and last month on the axis and the year of its end. */
export function timelinePeriod(scale: TimelineScale, months: readonly MonthTick[]): TimelinePeriod {
  return {
    first: months[0]!.label,
    last: months.at(-1)!.label,
    year: new Date(scale.end - DAY).getUTCFullYear(),
  }
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
 * Where an event's mark lies on the axis. A point sits at the middle of its day (x0 === x1), a span or
 * approximate span runs from the start of its first day to the end of its last.
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
