import type { PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import type { ChartFrameLayout, LayoutResult } from './chart-utils'
import { ascending } from 'd3-array'
import { scaleUtc } from 'd3-scale'
import { powerById, powerIds } from '../data/powers'
import { parseRecords } from '../data/schema'
import { formatWhen, monthNames, spanOf, visits, VisitSchema } from '../data/visits'
import { CHART_WIDTH, explainBadData, listJoin, publishers, textWidth, TYPE, wrapText } from './chart-utils'

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

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

function validate(events: readonly unknown[]): { ok: true, value: Visit[] } | { ok: false, error: string } {
  if (events.length === 0)
    return { ok: false, error: 'No events were given (the list is empty).' }
  return explainBadData('Event', file => parseRecords(file, VisitSchema, events))
}

/** Lays the timeline out, or explains why it cannot. */
export function layoutVisitTimeline(options: VisitTimelineOptions = {}): TimelineResult {
  const checked = validate(options.events ?? visits)
  if (!checked.ok)
    return checked
  const sorted = [...checked.value].sort((a, b) =>
    ascending(spanOf(a.when).start, spanOf(b.when).start) || ascending(spanOf(a.when).end, spanOf(b.when).end))

  // Domain: May to the end of November 2022 unless told otherwise, widened to whole months to fit every event.
  let start = utc(options.from ?? '2022-05-01')
  let end = utc(options.to ?? '2022-11-30') + DAY
  for (const v of sorted) {
    const s = spanOf(v.when)
    start = Math.min(start, utc(`${s.start.slice(0, 7)}-01`))
    const last = new Date(utc(s.end))
    end = Math.max(end, Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1))
  }
  const x0 = 14
  const x1 = CHART_WIDTH - 6
  const x = scaleUtc().domain([
    new Date(start),
    new Date(end),
  ]).range([x0, x1])
  const at = (ms: number) => x(new Date(ms))

  const titleY = 24
  const subtitleY = 52
  const windowLabelY = 82
  const rowsTop = 92

  const events: TimelineEvent[] = sorted.map((visit, i) => {
    const span = spanOf(visit.when)
    const kind: EventMarkKind = visit.when.precision === 'day'
      ? 'point'
      : visit.when.precision === 'range'
        ? 'span'
        : 'approximate'
    const a = kind === 'point'
      ? at(utc(span.start) + DAY / 2)
      : at(utc(span.start))
    const b = kind === 'point'
      ? a
      : at(utc(span.end) + DAY)
    const glyphX = kind === 'point'
      ? a
      : a - GLYPH_R - 3
    const when = formatWhen(visit.when, false)
    const label = kind === 'approximate'
      ? `${visit.label} · ${when} (day not known)`
      : `${visit.label} · ${when}`
    const width = textWidth(label, TYPE.label, visit.inWindow)
    const rightEdge = kind === 'point'
      ? a + GLYPH_R
      : b
    const fitsRight = rightEdge + GAP + width <= CHART_WIDTH
    return {
      visit,
      power: visit.power,
      kind,
      x0: a,
      x1: b,
      cy: rowsTop + i * ROW + ROW / 2,
      glyphX,
      label,
      labelX: fitsRight
        ? rightEdge + GAP
        : glyphX - GLYPH_R - GAP,
      anchor: fitsRight ? 'start' : 'end',
      inWindow: visit.inWindow,
      step: i + 1,
    }
  })
  const rowsBottom = rowsTop + events.length * ROW

  const months: TimelineLayout['months'] = []
  for (let d = new Date(start); d.getTime() < end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    months.push({
      label: monthNames[d.getUTCMonth()]!,
      x: at(d.getTime()),
      mid: (at(d.getTime()) + at(Math.min(next, end))) / 2,
    })
  }

  const inWindow = events.filter(e => e.inWindow)
  const windowPowers = [
    ...new Set(inWindow.map(e => e.power)),
  ]
  const visiting = powerIds.filter(p => p !== 'kazakhstan')
  let windowBox: TimelineLayout['window']
  if (inWindow.length) {
    const wx0 = Math.min(...inWindow.map(e => e.kind === 'point'
      ? e.x0 - GLYPH_R - 2
      : e.glyphX - GLYPH_R - 2))
    const wx1 = Math.max(...inWindow.map(e => e.kind === 'point'
      ? e.x1 + GLYPH_R + 2
      : e.x1 + 2))
    const label = visiting.every(p => windowPowers.includes(p))
      ? 'All four powers within two months'
      : `Within two months: ${listJoin(windowPowers.map(p => powerById[p].short))}`
    const labelWidth = textWidth(label, TYPE.small, true)
    windowBox = {
      x0: wx0,
      x1: wx1,
      y0: windowLabelY - 18,
      y1: rowsBottom + 2,
      label,
      labelX: Math.min(CHART_WIDTH - labelWidth, Math.max(0, (wx0 + wx1) / 2 - labelWidth / 2)),
      labelY: windowLabelY,
      step: Math.max(...inWindow.map(e => e.step)),
    }
  }

  // Legend of the powers present, right-aligned on the subtitle line.
  const present = powerIds.filter(p => events.some(e => e.power === p))
  const legendWidths = present.map(p => 2 * GLYPH_R + 6 + textWidth(powerById[p].short === 'KZ'
    ? powerById[p].name
    : powerById[p].short, TYPE.small) + 16)
  let lx = CHART_WIDTH - legendWidths.reduce((s, w) => s + w, 0) + 16
  const legend = present.map((p, i) => {
    const item = {
      power: p,
      text: powerById[p].short === 'KZ'
        ? powerById[p].name
        : powerById[p].short,
      x: lx + GLYPH_R,
      y: subtitleY - 5,
    }
    lx += legendWidths[i]!
    return item
  })

  const axisY = rowsBottom + 6
  const sourceIds = [
    ...new Set(sorted.flatMap(v => v.sources)),
  ]
  const sourceLines = wrapText(`Sources: ${listJoin(publishers(sourceIds))}.`, CHART_WIDTH, TYPE.source)
  const sourceY = axisY + 44
  const height = Math.ceil(sourceY + (sourceLines.length - 1) * 18 + 8)

  const first = months[0]!.label
  const last = months.at(-1)!.label
  const year = new Date(end - DAY).getUTCFullYear()
  const title = options.title ?? (windowBox && visiting.every(p => windowPowers.includes(p))
    ? 'Four powers came to Kazakhstan within two months'
    : 'Visits and contacts with Kazakhstan')
  const subtitle = options.subtitle ?? `Visits and contacts, ${first}–${last} ${year}`

  const description = [
    `Timeline, ${first} to ${last} ${year}, ${events.length} events in date order:`,
    events.map(e => `${formatWhen(e.visit.when, false)}, ${powerById[e.power].name}: ${e.visit.who}, ${e.visit.what.charAt(0).toLowerCase()}${e.visit.what.slice(1)}`).join('; '),
    windowBox
      ? `. Highlighted: ${windowBox.label.toLowerCase()}, from ${formatWhen(inWindow[0]!.visit.when, false)} to ${formatWhen(inWindow.at(-1)!.visit.when, false)}.`
      : '.',
  ].join(' ').replace(' .', '.')

  return {
    ok: true,
    layout: {
      width: CHART_WIDTH,
      height,
      title,
      subtitle,
      titleY,
      subtitleY,
      legend,
      events,
      months,
      axis: { x0, x1, y: axisY, top: rowsTop - 4 },
      window: windowBox,
      steps: events.length,
      source: { lines: sourceLines, y: sourceY, lineHeight: 18 },
      description,
      table: events.map(e => ({
        when: formatWhen(e.visit.when),
        power: powerById[e.power].name,
        who: e.visit.role
          ? `${e.visit.who}, ${e.visit.role}`
          : e.visit.who,
        what: e.visit.what,
        where: e.visit.place,
      })),
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
