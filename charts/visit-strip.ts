import type { PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import type { EventMarkKind, TimelineScale } from './visit-timeline'
import { powerById, powerIds, PowerIdSchema } from '../data/powers'
import { visits as allVisits, formatWhen } from '../data/visits'
import { textWidth } from './text-measure'
import { markExtent, sortVisits, timelineMonths, timelinePeriod, timelineScale } from './visit-timeline'
import { listJoin } from './wording'

/**
 * Layout of VisitStrip: the whole visit sequence of data/visits.ts on one compact time axis, with one
 * power's events in its colour (the marks of VisitTimeline: a point for a day, a bar for a range, a
 * dashed fading bar for "early <month>") and a glyph-and-date label above each, the others as small grey
 * marks. Labels stack in levels so none overlaps another or crosses another's leader line; the strip
 * takes as many levels as the busiest power needs, so it is the same height in every chapter.
 */

/** Type sizes and mark sizes in viewBox units (≈ canvas px). */
export const STRIP_TYPE = { date: 22, month: 17 } as const
export const STRIP_GLYPH_R = 15
/** The default width: the 868 px content width of a 980 px slide. */
export const STRIP_WIDTH = 868
const LEVEL = 38
const LABEL_GAP = 6
const BOX_GAP = 14
const MONTH_BAND = 30

/** The big timeline's mark kinds: a point for a day, a bar for a range, a fading bar for "early <month>". */
export type StripMarkKind = EventMarkKind

export interface StripMark {
  visit: Visit
  power: PowerId
  kind: StripMarkKind
  /** Point: x0 === x1 === the middle of the day; spans from the start of the first day to the end of the last. */
  x0: number
  x1: number
  highlighted: boolean
}

export interface StripLabel {
  visit: Visit
  power: PowerId
  /** Where the leader line meets the mark. */
  x: number
  level: number
  glyph: { x: number, y: number }
  text: string
  textX: number
  anchor: 'start' | 'end'
  /** The label's extent, glyph included. */
  box: { x0: number, x1: number, y0: number, y1: number }
}

export interface VisitStripLayout {
  width: number
  height: number
  power: StripFocus
  baseY: number
  axis: { x0: number, x1: number }
  months: { label: string, x: number, mid: number }[]
  /** Every event in date order; the highlighted ones drawn last, on top. */
  marks: StripMark[]
  labels: StripLabel[]
  /** False for the window's strip: glyphs without date text. */
  dates: boolean
  levels: number
  title: string
  description: string
  /** For the visually hidden list: every event in date order. */
  table: { when: string, power: string, what: string, highlighted: boolean }[]
}

export type VisitStripResult = LayoutResult<VisitStripLayout>

export interface VisitStripOptions {
  /**
   * The power whose events are highlighted (validated: a power of data/powers.ts). None: the visits of
   * the two-month window, each with its power's glyph only (the dates are in the description), so the
   * five visits within a few weeks stay on one or two levels.
   */
  power?: unknown
  width?: number
  /** Events (default data/visits.ts, already validated there). */
  events?: readonly Visit[]
}

/** The time scale: the big timeline's (May to November 2022, widened to whole months), across the strip. */
export function stripScale(events: readonly Visit[], width: number): TimelineScale {
  return timelineScale(events, undefined, undefined, [8, width - 8])
}

/** What a strip highlights: one power's events, or (`'window'`) the visits of the two-month window. */
export type StripFocus = PowerId | 'window'

/** Marks of every event, in date order, placed as the big timeline places them. */
export function stripMarks(events: readonly Visit[], focus: StripFocus, at: (ms: number) => number): StripMark[] {
  return sortVisits(events).map((visit) => {
    return {
      visit,
      power: visit.power,
      ...markExtent(visit, at),
      highlighted: focus === 'window'
        ? visit.inWindow
        : visit.power === focus,
    }
  })
}

/** The date label of a highlighted event: "14 September", "13–27 August", "early August". */
export function stripDate(visit: Visit): string {
  return formatWhen(visit.when, false)
}

/** A label before it gets its height: the level and the horizontal extent. */
export type StackedLabel = Omit<StripLabel, 'glyph' | 'box'> & { x0: number, x1: number }

function labelWidth(text: string): number {
  return 2 * STRIP_GLYPH_R + LABEL_GAP + textWidth(text, STRIP_TYPE.date, true)
}

interface Option { level: number, right: boolean, x0: number, x1: number }

/** True when two placed labels clash: same level and overlapping, or one's leader crossing the other. */
function clash(a: Option & { x: number }, b: Option & { x: number }): boolean {
  if (a.level === b.level)
    return a.x0 < b.x1 + BOX_GAP && b.x0 < a.x1 + BOX_GAP
  const [hi, lo] = a.level > b.level
    ? [a, b]
    : [b, a]
  return hi.x > lo.x0 - 3 && hi.x < lo.x1 + 3
}

/**
 * Stacks the labels of the highlighted marks in levels above the axis (0 = the lowest): no two overlap
 * and no leader line crosses a label. Each label's text runs right of its glyph or left of it. Of all
 * the valid arrangements (a small search: a power has a handful of events) it keeps the one with the
 * fewest levels, then the lowest labels, then the most texts to the right.
 */
export function stackLabels(marks: readonly StripMark[], width: number, withText = true): StackedLabel[] {
  const own = marks.filter(m => m.highlighted).map((m) => {
    const x = m.x0 // a point's centre, or where a span or approximate span starts
    const text = stripDate(m.visit)
    const w = withText
      ? labelWidth(text)
      : 2 * STRIP_GLYPH_R
    return { m, x, text, w }
  })
  const optionsOf = (l: typeof own[number], levels: number): Option[] => {
    const list: Option[] = []
    for (let level = 0; level < levels; level++) {
      for (const right of [true, false]) {
        const x0 = right
          ? l.x - STRIP_GLYPH_R
          : l.x + STRIP_GLYPH_R - l.w
        const x1 = x0 + l.w
        if (x0 >= 0 && x1 <= width)
          list.push({ level, right, x0, x1 })
      }
    }
    return list
  }
  const cost = (chosen: readonly Option[]) =>
    Math.max(0, ...chosen.map(o => o.level)) * 1000 + chosen.reduce((sum, o) => sum + o.level * 10 + (o.right ? 0 : 1), 0)
  let best: Option[] | undefined
  let bestCost = Infinity
  const chosen: Option[] = []
  const search = (i: number, levels: number) => {
    if (cost(chosen) >= bestCost)
      return
    if (i === own.length) {
      best = [...chosen]
      bestCost = cost(chosen)
      return
    }
    for (const o of optionsOf(own[i]!, levels)) {
      const candidate = { ...o, x: own[i]!.x }
      if (chosen.some((c, k) => clash(candidate, { ...c, x: own[k]!.x })))
        continue
      chosen.push(o)
      search(i + 1, levels)
      chosen.pop()
    }
  }
  // Fewest levels first: the search with one more level only runs when the last found nothing.
  for (let levels = 1; levels <= Math.max(1, own.length); levels++) {
    search(0, levels)
    if (best)
      break
  }
  if (!best)
    throw new Error(`visit strip: the labels of ${own.map(l => l.text).join(', ')} do not fit a ${width} px strip`)
  return own.map((l, k) => {
    const o = best![k]!
    return {
      visit: l.m.visit,
      power: l.m.power,
      x: l.x,
      level: o.level,
      text: l.text,
      textX: o.right
        ? l.x + STRIP_GLYPH_R + LABEL_GAP
        : l.x - STRIP_GLYPH_R - LABEL_GAP,
      anchor: o.right ? 'start' : 'end',
      x0: o.x0,
      x1: o.x1,
    }
  })
}

/** How many label levels a power's events need on a strip of this width. */
export function levelsFor(events: readonly Visit[], focus: StripFocus, width: number): number {
  const { at } = stripScale(events, width)
  const stacked = stackLabels(stripMarks(events, focus, at), width, focus !== 'window')
  return stacked.length
    ? Math.max(...stacked.map(l => l.level)) + 1
    : 0
}

/** Lays the strip out for one power (or the window's visits), or explains why it cannot. */
export function layoutVisitStrip(options: VisitStripOptions = {}): VisitStripResult {
  const parsed = options.power === undefined
    ? { success: true as const, data: 'window' as const }
    : PowerIdSchema.safeParse(options.power)
  if (!parsed.success)
    return { ok: false, error: `${parsed.error.issues[0]!.message}.` }
  const power: StripFocus = parsed.data
  const events = options.events ?? allVisits
  const width = options.width ?? STRIP_WIDTH
  if (!Number.isFinite(width) || width < 300)
    return { ok: false, error: `A strip ${width} px wide is too narrow (at least 300).` }
  if (power === 'window'
    ? !events.some(v => v.inWindow)
    : !events.some(v => v.power === power)) {
    return {
      ok: false,
      error: power === 'window'
        ? 'No event of the visit sequence is in the window (inWindow).'
        : `${powerById[power].name} has no event in the visit sequence.`,
    }
  }

  const scale = stripScale(events, width)
  const { at, x0, x1 } = scale
  const marks = stripMarks(events, power, at)
  let stacked: StackedLabel[]
  let levels: number
  try {
    stacked = stackLabels(marks, width, power !== 'window')
    // The same height in every chapter: as many levels as the busiest power needs.
    levels = power === 'window'
      ? Math.max(1, levelsFor(events, 'window', width))
      : Math.max(1, ...powerIds.filter(p => events.some(v => v.power === p)).map(p => levelsFor(events, p, width)))
  }
  catch (error) {
    return { ok: false, error: `${(error as Error).message}.` }
  }
  const top = 4
  const baseY = top + levels * LEVEL + 16
  const labels: StripLabel[] = stacked.map((l) => {
    const y = baseY - 26 - l.level * LEVEL
    return {
      visit: l.visit,
      power: l.power,
      x: l.x,
      level: l.level,
      glyph: { x: l.x, y },
      text: l.text,
      textX: l.textX,
      anchor: l.anchor,
      box: {
        x0: l.x0,
        x1: l.x1,
        y0: y - STRIP_GLYPH_R,
        y1: y + STRIP_GLYPH_R,
      },
    }
  })

  const months = timelineMonths(scale)
  const { first, last, year } = timelinePeriod(scale, months)
  const own = marks.filter(m => m.highlighted)
  const others = marks.filter(m => !m.highlighted)
  const period = `${first}–${last} ${year}`
  const title = power === 'window'
    ? `The visit sequence, ${period}: the visits of the two months highlighted`
    : `${powerById[power].name} in the visit sequence, ${period}`
  const whose = power === 'window'
    ? `the ${own.length} visits of the two-month window are`
    : `${powerById[power].name}'s ${own.length === 1
      ? 'event is'
      : `${own.length} events are`}`
  const description = `All ${marks.length} events of the visit sequence in date order; ${whose} highlighted: ${listJoin(own.map(m => `${stripDate(m.visit)} (${power === 'window'
    ? `${powerById[m.power].name}, `
    : ''}${m.visit.label})`))}. The others, in grey: ${listJoin(others.map(m => `${stripDate(m.visit)} (${powerById[m.power].name})`))}.`

  return {
    ok: true,
    layout: {
      width,
      height: baseY + MONTH_BAND,
      power,
      baseY,
      axis: { x0, x1 },
      months,
      marks: [
        ...others,
        ...own,
      ],
      labels,
      dates: power !== 'window',
      levels,
      title,
      description,
      table: marks.map(m => ({
        when: formatWhen(m.visit.when),
        power: powerById[m.power].name,
        what: `${m.visit.who}: ${m.visit.what}`,
        highlighted: m.highlighted,
      })),
    },
  }
}
