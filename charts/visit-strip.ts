import type { PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import type { EventMarkKind, MonthTick, TimelineScale } from './time-scale'
import { isPowerId, powerById, powerIdMessage, powerIds } from '../data/powers'
import { visits as allVisits, formatWhen } from '../data/visits'
import { textWidth } from './text-measure'
import { markExtent, sortVisits, timelineMonths, timelinePeriod, timelineScale } from './time-scale'
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
/** The default width: a slide's content width, so the strip draws at 1:1. */
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
  months: MonthTick[]
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
   * The power whose events are highlighted (checked here: a power of data/powers.ts). None: the visits of
   * the two-month window, each with its power's glyph only (the dates are in the description), so the
   * five visits within a few weeks stay on one or two levels.
   */
  power?: unknown
  width?: number
  /** Events, checked like data/visits.ts's (data/validate.ts); default: data/visits.ts. */
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

/** One place a label may take: a level, its text right or left of the glyph, its horizontal extent. */
interface Option { level: number, right: boolean, x0: number, x1: number }

/** A highlighted mark's label before it is placed: where its leader meets the mark, its text, its width. */
interface Seed { m: StripMark, x: number, text: string, w: number }

/** True when two placed labels clash: same level and overlapping, or one's leader crossing the other. */
function clash(a: Option & { x: number }, b: Option & { x: number }): boolean {
  if (a.level === b.level)
    return a.x0 < b.x1 + BOX_GAP && b.x0 < a.x1 + BOX_GAP
  const [hi, lo] = a.level > b.level
    ? [a, b]
    : [b, a]
  return hi.x > lo.x0 - 3 && hi.x < lo.x1 + 3
}

/** The labels to place: one per highlighted mark, its leader at a point's centre or where a span starts. */
function labelSeeds(marks: readonly StripMark[], withText: boolean): Seed[] {
  return marks.filter(m => m.highlighted).map((m) => {
    const text = stripDate(m.visit)
    return {
      m,
      x: m.x0,
      text,
      w: withText
        ? labelWidth(text)
        : 2 * STRIP_GLYPH_R,
    }
  })
}

/** Every place a label may take on up to `levels` levels that stays inside the strip. */
function labelOptions(seed: Seed, levels: number, width: number): Option[] {
  const list: Option[] = []
  for (let level = 0; level < levels; level++) {
    for (const right of [true, false]) {
      const x0 = right
        ? seed.x - STRIP_GLYPH_R
        : seed.x + STRIP_GLYPH_R - seed.w
      const x1 = x0 + seed.w
      if (x0 >= 0 && x1 <= width)
        list.push({ level, right, x0, x1 })
    }
  }
  return list
}

/** Fewest levels first, then the lowest labels, then the most texts to the right. */
function arrangementCost(chosen: readonly Option[]): number {
  return Math.max(0, ...chosen.map(o => o.level)) * 1000 + chosen.reduce((sum, o) => sum + o.level * 10 + (o.right ? 0 : 1), 0)
}

/** A depth-first search over the labels' options: the cheapest arrangement without a clash, if any. */
function cheapestArrangement(seeds: readonly Seed[], levels: number, width: number): Option[] | undefined {
  let best: Option[] | undefined
  let bestCost = Infinity
  const chosen: Option[] = []
  const search = (i: number) => {
    if (arrangementCost(chosen) >= bestCost)
      return
    if (i === seeds.length) {
      best = [...chosen]
      bestCost = arrangementCost(chosen)
      return
    }
    for (const o of labelOptions(seeds[i]!, levels, width)) {
      const candidate = { ...o, x: seeds[i]!.x }
      if (chosen.some((c, k) => clash(candidate, { ...c, x: seeds[k]!.x })))
        continue
      chosen.push(o)
      search(i + 1)
      chosen.pop()
    }
  }
  search(0)
  return best
}

/**
 * Stacks the labels of the highlighted marks in levels above the axis (0 = the lowest): no two overlap
 * and no leader line crosses a label. Each label's text runs right of its glyph or left of it. Of all
 * the valid arrangements (a small search: a power has a handful of events) it keeps the one with the
 * fewest levels, then the lowest labels, then the most texts to the right.
 */
export function stackLabels(marks: readonly StripMark[], width: number, withText = true): StackedLabel[] {
  const seeds = labelSeeds(marks, withText)
  // Fewest levels first: the search with one more level only runs when the last found nothing.
  let best: Option[] | undefined
  for (let levels = 1; !best && levels <= Math.max(1, seeds.length); levels++)
    best = cheapestArrangement(seeds, levels, width)
  if (!best)
    throw new Error(`visit strip: the labels of ${seeds.map(l => l.text).join(', ')} do not fit a ${width} px strip`)
  const arrangement = best
  return seeds.map((l, k) => {
    const o = arrangement[k]!
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

/** The strip's levels: as many as the busiest power needs, so it is the same height in every chapter. */
export function stripLevels(events: readonly Visit[], focus: StripFocus, width: number): number {
  return focus === 'window'
    ? Math.max(1, levelsFor(events, 'window', width))
    : Math.max(1, ...powerIds.filter(p => events.some(v => v.power === p)).map(p => levelsFor(events, p, width)))
}

/** Checks the options: a known power (or none, for the window), a wide enough strip, an event to highlight. */
export function stripInput(options: VisitStripOptions): LayoutResult<{ focus: StripFocus, events: readonly Visit[], width: number }> {
  // A slide's `power` prop comes from its Markdown, unchecked by data/validate.ts.
  if (options.power !== undefined && !isPowerId(options.power))
    return { ok: false, error: `${powerIdMessage(options.power)}.` }
  const focus: StripFocus = options.power ?? 'window'
  const events = options.events ?? allVisits
  const width = options.width ?? STRIP_WIDTH
  if (!Number.isFinite(width) || width < 300)
    return { ok: false, error: `A strip ${width} px wide is too narrow (at least 300).` }
  if (focus === 'window'
    ? !events.some(v => v.inWindow)
    : !events.some(v => v.power === focus)) {
    return {
      ok: false,
      error: focus === 'window'
        ? 'No event of the visit sequence is in the window (inWindow).'
        : `${powerById[focus].name} has no event in the visit sequence.`,
    }
  }
  return {
    ok: true,
    layout: { focus, events, width },
  }
}

/** Labels step: each stacked label at its level's height above the axis, with its glyph and box. */
export function stripLabels(stacked: readonly StackedLabel[], baseY: number): StripLabel[] {
  return stacked.map((l) => {
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
}

/** Accessible step: the title and the description, every event in words, the highlighted ones first. */
export function stripText(marks: readonly StripMark[], focus: StripFocus, period: string): { title: string, description: string } {
  const own = marks.filter(m => m.highlighted)
  const others = marks.filter(m => !m.highlighted)
  const title = focus === 'window'
    ? `The visit sequence, ${period}: the visits of the two months highlighted`
    : `${powerById[focus].name} in the visit sequence, ${period}`
  const whose = focus === 'window'
    ? `the ${own.length} visits of the two-month window are`
    : `${powerById[focus].name}'s ${own.length === 1
      ? 'event is'
      : `${own.length} events are`}`
  const description = `All ${marks.length} events of the visit sequence in date order; ${whose} highlighted: ${listJoin(own.map(m => `${stripDate(m.visit)} (${focus === 'window'
    ? `${powerById[m.power].name}, `
    : ''}${m.visit.label})`))}. The others, in grey: ${listJoin(others.map(m => `${stripDate(m.visit)} (${powerById[m.power].name})`))}.`
  return { title, description }
}

/** Accessible step: the hidden list, every event in date order. */
export function stripTable(marks: readonly StripMark[]): VisitStripLayout['table'] {
  return marks.map(m => ({
    when: formatWhen(m.visit.when),
    power: powerById[m.power].name,
    what: `${m.visit.who}: ${m.visit.what}`,
    highlighted: m.highlighted,
  }))
}

/** Lays the strip out for one power (or the window's visits), or explains why it cannot. */
export function layoutVisitStrip(options: VisitStripOptions = {}): VisitStripResult {
  const input = stripInput(options)
  if (!input.ok)
    return input
  const { focus, events, width } = input.layout
  const scale = stripScale(events, width)
  const marks = stripMarks(events, focus, scale.at)
  let stacked: StackedLabel[]
  let levels: number
  try {
    stacked = stackLabels(marks, width, focus !== 'window')
    levels = stripLevels(events, focus, width)
  }
  catch (error) {
    return { ok: false, error: `${(error as Error).message}.` }
  }
  const baseY = 4 + levels * LEVEL + 16
  const months = timelineMonths(scale)
  const { first, last, year } = timelinePeriod(scale, months)
  return {
    ok: true,
    layout: {
      width,
      height: baseY + MONTH_BAND,
      power: focus,
      baseY,
      axis: { x0: scale.x0, x1: scale.x1 },
      months,
      marks: [
        ...marks.filter(m => !m.highlighted),
        ...marks.filter(m => m.highlighted),
      ],
      labels: stripLabels(stacked, baseY),
      dates: focus !== 'window',
      levels,
      ...stripText(marks, focus, `${first}–${last} ${year}`),
      table: stripTable(marks),
    },
  }
}
