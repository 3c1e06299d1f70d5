import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import type { Box, HeroArc } from './cover-arcs'
import type { HeroVector, Point } from './cover-geodesy'
import type { HeroLabel } from './cover-labels'
import { powerById, visitingPowerIds } from '../data/powers'
import { visits as allVisits, formatWhen } from '../data/visits'
import { discBox, discsApart, HERO_ASTANA_R, HERO_GLYPH_R, heroArcs } from './cover-arcs'
import { compassPoint, heroVectors } from './cover-geodesy'
import { astanaLabelBox, HERO_TYPE, placeLabels } from './cover-labels'
import { listJoin } from './wording'

/**
 * Layout of CoverHero: Astana at the centre and one arc per visiting power, arriving from the direction
 * of that power's capital. The pipeline: geodesy and vectors (cover-geodesy.ts) → arcs at a radius
 * (cover-arcs.ts) → labels placed where they hit nothing (cover-labels.ts) → here, the largest radius at
 * which everything fits the frame, placed in it, with the title, description and table.
 */

/** Margin kept free inside the frame. */
export const HERO_PAD = 8

export interface CoverHeroOptions {
  /** The viewBox, in canvas px: the box the graphic sits in (default: the cover's right-hand cell). */
  width?: number
  height?: number
  /** Visits (default data/visits.ts, already validated there); only `inWindow` ones are drawn. */
  visits?: readonly Visit[]
  /** Where the drawing sits in a frame wider or taller than it needs (default: centred both ways). */
  alignX?: 'start' | 'middle' | 'end'
  alignY?: 'start' | 'middle' | 'end'
}

export interface CoverHeroLayout {
  /** The viewBox: the frame asked for, or larger in the same proportions when the type needs more room. */
  width: number
  height: number
  /** Astana, where the arcs converge. */
  centre: Point
  astana: { name: string, labelY: number }
  radius: number
  arcs: HeroArc[]
  labels: HeroLabel[]
  title: string
  description: string
  table: { power: string, from: string, direction: string, visits: string }[]
}

export type CoverHeroResult = LayoutResult<CoverHeroLayout>

interface Fit { radius: number, arcs: HeroArc[], labels: HeroLabel[], extent: Box }

function bounds(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map(b => b.x0)),
    y0: Math.min(...boxes.map(b => b.y0)),
    x1: Math.max(...boxes.map(b => b.x1)),
    y1: Math.max(...boxes.map(b => b.y1)),
  }
}

/** The largest radius at which the labels find room and the whole drawing fits a width × height frame. */
function fit(vectors: readonly HeroVector[], width: number, height: number): Fit | undefined {
  for (let radius = Math.max(width, height); radius >= 60; radius -= 2) {
    const arcs = heroArcs(vectors, radius)
    const labels = discsApart(arcs)
      ? placeLabels(arcs)
      : undefined
    if (!labels)
      continue
    const extent = bounds([
      discBox({ x: 0, y: 0 }, HERO_ASTANA_R + 2),
      astanaLabelBox(),
      ...arcs.map(a => discBox(a.tail, HERO_GLYPH_R + 2)),
      ...arcs.flatMap(a => a.samples.map(s => discBox(s, 4))),
      ...labels.map(l => l.box),
    ])
    if (extent.x1 - extent.x0 <= width - 2 * HERO_PAD && extent.y1 - extent.y0 <= height - 2 * HERO_PAD)
      return { radius, arcs, labels, extent }
  }
  return undefined
}

function translate<T extends Point>(p: T, d: Point): T {
  return { ...p, x: p.x + d.x, y: p.y + d.y }
}
function shiftBox(b: Box, d: Point): Box {
  return {
    x0: b.x0 + d.x,
    y0: b.y0 + d.y,
    x1: b.x1 + d.x,
    y1: b.y1 + d.y,
  }
}

/**
 * The largest radius at which the labels find room and everything fits inside the padded frame. In a
 * frame too small for the type, the viewBox grows (same proportions) and the drawing scales down in it.
 */
function growToFit(vectors: readonly HeroVector[], frameWidth: number, frameHeight: number): { fit: Fit, width: number, height: number } | undefined {
  for (let grow = 1; grow <= 2.5; grow += 0.1) {
    const width = Math.round(frameWidth * grow)
    const height = Math.round(frameHeight * grow)
    const found = fit(vectors, width, height)
    if (found)
      return { fit: found, width, height }
  }
  return undefined
}

/** Where the drawing's extent `lo…hi` goes in a frame of `size`: centred, or against one side. */
function alignOffset(align: CoverHeroOptions['alignX'], size: number, lo: number, hi: number): number {
  return align === 'start'
    ? HERO_PAD - lo
    : align === 'end'
      ? size - HERO_PAD - hi
      : (size - (lo + hi)) / 2
}

/** The arcs and labels moved by `d`, from a centre at (0, 0) to their place in the frame. */
function shiftDrawing(found: Fit, d: Point): { arcs: HeroArc[], labels: HeroLabel[] } {
  return {
    arcs: found.arcs.map(a => ({
      ...a,
      tail: translate(a.tail, d),
      samples: a.samples.map(s => translate(s, d)),
    })),
    labels: found.labels.map(l => ({
      ...l,
      box: shiftBox(l.box, d),
      x: l.x + d.x,
      name: { ...l.name, y: l.name.y + d.y },
      dates: l.dates.map(t => ({ ...t, y: t.y + d.y })),
    })),
  }
}

/** Accessible step: the title, the description (every arrow and visit in words) and the hidden table. */
export function coverText(vectors: readonly HeroVector[]): Pick<CoverHeroLayout, 'title' | 'description' | 'table'> {
  const names = vectors.map(v => powerById[v.power].name)
  const allFour = visitingPowerIds.every(id => vectors.some(v => v.power === id))
  const astanaName = powerById.kazakhstan.capital
  return {
    title: allFour
      ? 'Four powers came to Kazakhstan within two months'
      : `Visits to Kazakhstan: ${listJoin(names)}`,
    description: `Arrows converge on ${astanaName}, each arriving from the direction of a visitor's capital as seen from ${astanaName}; a longer arrow means a more distant capital (not to scale). ${vectors.map(v =>
      `${powerById[v.power].name}, from ${v.capital} to the ${compassPoint(v.bearing)}: ${listJoin(v.visits.map(visit => `${visit.who} on ${formatWhen(visit.when)}`))}`,
    ).join('; ')}.`,
    table: vectors.map(v => ({
      power: powerById[v.power].name,
      from: v.capital,
      direction: compassPoint(v.bearing),
      visits: listJoin(v.visits.map(visit => `${formatWhen(visit.when)}: ${visit.who}`)),
    })),
  }
}

/** Lays the cover graphic out in a width × height frame, or explains why it cannot. */
export function layoutCoverHero(options: CoverHeroOptions = {}): CoverHeroResult {
  const frameWidth = options.width ?? 500
  const frameHeight = options.height ?? 430
  if (!(Number.isFinite(frameWidth) && Number.isFinite(frameHeight)) || frameWidth < 240 || frameHeight < 200)
    return { ok: false, error: `The frame ${frameWidth} × ${frameHeight} is too small (at least 240 × 200 canvas px).` }
  const vectors = heroVectors(options.visits ?? allVisits)
  if (vectors.length === 0)
    return { ok: false, error: 'No visit in the window (no visit has inWindow: true).' }
  const grown = growToFit(vectors, frameWidth, frameHeight)
  if (!grown)
    return { ok: false, error: `The labels do not fit a ${frameWidth} × ${frameHeight} frame.` }
  const { fit: found, width, height } = grown
  const centre = {
    x: alignOffset(options.alignX, width, found.extent.x0, found.extent.x1),
    y: alignOffset(options.alignY, height, found.extent.y0, found.extent.y1),
  }
  return {
    ok: true,
    layout: {
      width,
      height,
      centre,
      astana: { name: powerById.kazakhstan.capital, labelY: centre.y + astanaLabelBox().y0 + HERO_TYPE.astana * 0.82 },
      radius: found.radius,
      ...shiftDrawing(found, centre),
      ...coverText(vectors),
    },
  }
}
