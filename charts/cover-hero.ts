import type { Power, PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import type { LayoutResult } from './chart-utils'
import { powerById, visitingPowerIds } from '../data/powers'
import { visits as allVisits, formatWhen, spanOf } from '../data/visits'
import { textWidth } from './text-measure'
import { listJoin } from './wording'

/**
 * Layout of CoverHero: Astana at the centre and one arc per visiting power, arriving from the
 * direction of that power's capital as seen from Astana (the initial great-circle bearing, i.e. the
 * direction on an azimuthal projection centred on Astana). An arc is longer for a more distant capital
 * (square root of the distance: schematic, not to scale). Each arc starts at a glyph disc and carries a
 * label: the power's short name and the date(s) of its visits in the two-month window.
 *
 * The pipeline: geodesy (bearing, distance) → vectors (one per power, from data/) → arcs at a radius →
 * labels placed where they hit nothing → the largest radius at which everything fits the frame.
 */

/** Type sizes in viewBox units (≈ canvas px on the cover). */
export const HERO_TYPE = { name: 30, date: 22, astana: 24 } as const
const NAME_LINE = 32
const DATE_LINE = 25
/** Glyph discs: the visitors' at the tails, Astana's at the centre. */
export const HERO_GLYPH_R = 17
export const HERO_ASTANA_R = 24
/** Margin kept free inside the frame. */
export const HERO_PAD = 8
const LABEL_GAP = 8
const ARROW = { length: 16, halfWidth: 9 }
/** How far an arc bows sideways, as a share of its chord. */
const BOW = 0.13

export interface GeoPoint { lat: number, lon: number }
export interface Point { x: number, y: number }
export interface Box { x0: number, y0: number, x1: number, y1: number }

const rad = (deg: number) => deg * Math.PI / 180
const EARTH_RADIUS_KM = 6371

/** Initial great-circle bearing from `a` to `b`, degrees clockwise from north, in [0, 360). */
export function bearing(a: GeoPoint, b: GeoPoint): number {
  const f1 = rad(a.lat)
  const f2 = rad(b.lat)
  const dl = rad(b.lon - a.lon)
  const y = Math.sin(dl) * Math.cos(f2)
  const x = Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl)
  return (Math.atan2(y, x) * 180 / Math.PI + 360) % 360
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2
    + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h))
}

const compassPoints = [
  'north',
  'north-northeast',
  'northeast',
  'east-northeast',
  'east',
  'east-southeast',
  'southeast',
  'south-southeast',
  'south',
  'south-southwest',
  'southwest',
  'west-southwest',
  'west',
  'west-northwest',
  'northwest',
  'north-northwest',
]

/** "west-northwest": the nearest of the 16 compass points. */
export function compassPoint(deg: number): string {
  return compassPoints[Math.round(((deg % 360) + 360) % 360 / 22.5) % 16]!
}

/** Screen direction (y down) of a bearing. */
export function unitOf(deg: number): Point {
  return {
    x: Math.sin(rad(deg)),
    y: -Math.cos(rad(deg)),
  }
}

/** One visiting power: where its capital lies from Astana and its visits in the window. */
export interface HeroVector {
  power: PowerId
  capital: string
  bearing: number
  distanceKm: number
  visits: Visit[]
  /** formatWhen without the year, one per visit in date order. */
  dates: string[]
}

/** The visiting powers with at least one visit in the window, in data/powers.ts order. */
export function heroVectors(list: readonly Visit[] = allVisits, astana: Power = powerById.kazakhstan): HeroVector[] {
  return visitingPowerIds.flatMap((id) => {
    const own = list.filter(v => v.inWindow && v.power === id)
      .sort((a, b) => spanOf(a.when).start.localeCompare(spanOf(b.when).start))
    if (own.length === 0)
      return []
    const p = powerById[id]
    return [
      {
        power: id,
        capital: p.capital,
        bearing: bearing(astana, p),
        distanceKm: distanceKm(astana, p),
        visits: own,
        dates: own.map(v => formatWhen(v.when, false)),
      },
    ]
  })
}

/**
 * Which way each arc bows (+1 clockwise, −1 anticlockwise, seen from Astana): away from the nearest
 * other vector, so that two powers from almost the same direction (Moscow and Brussels) part.
 */
export function bowSides(bearings: readonly number[]): (1 | -1)[] {
  return bearings.map((b, i) => {
    let best = Infinity
    let side: 1 | -1 = 1
    bearings.forEach((o, j) => {
      if (j === i)
        return
      const d = ((o - b + 540) % 360) - 180 // signed, −180…180: > 0 means o is clockwise of b
      if (Math.abs(d) < best || (Math.abs(d) === best && j < i)) {
        best = Math.abs(d)
        side = d > 0 || (d === 0 && j < i)
          ? -1
          : 1
      }
    })
    return side
  })
}

export interface HeroArc {
  vector: HeroVector
  /** The tail: the glyph disc, in the capital's direction. */
  tail: Point
  /** Quadratic Bézier from the tail to the arrow's base. */
  path: string
  /** The arrowhead, tip on Astana's disc. */
  head: string
  /** Points along the arc, for collision tests. */
  samples: Point[]
}

function quad(p0: Point, q: Point, p2: Point, t: number): Point {
  const u = 1 - t
  return { x: u * u * p0.x + 2 * u * t * q.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * q.y + t * t * p2.y }
}
const fmt = (n: number) => Number(n.toFixed(2))

/** The arcs at radius `radius` (the farthest capital's tail), around a centre at (0, 0). */
export function heroArcs(vectors: readonly HeroVector[], radius: number): HeroArc[] {
  const far = Math.max(...vectors.map(v => v.distanceKm))
  const sides = bowSides(vectors.map(v => v.bearing))
  return vectors.map((vector, i) => {
    const u = unitOf(vector.bearing)
    const r = radius * Math.sqrt(vector.distanceKm / far)
    const tail = { x: u.x * r, y: u.y * r }
    const tip = { x: u.x * (HERO_ASTANA_R + 4), y: u.y * (HERO_ASTANA_R + 4) }
    const chord = Math.hypot(tail.x - tip.x, tail.y - tip.y)
    // Perpendicular to the chord, clockwise side: (−u.y, u.x) rotated for an inward-pointing chord.
    const n = { x: -u.y * sides[i]!, y: u.x * sides[i]! }
    const q = { x: (tail.x + tip.x) / 2 + n.x * BOW * chord, y: (tail.y + tip.y) / 2 + n.y * BOW * chord }
    const dx = tip.x - q.x
    const dy = tip.y - q.y
    const dl = Math.hypot(dx, dy)
    const d = { x: dx / dl, y: dy / dl }
    const base = { x: tip.x - d.x * ARROW.length, y: tip.y - d.y * ARROW.length }
    const left = { x: base.x - d.y * ARROW.halfWidth, y: base.y + d.x * ARROW.halfWidth }
    const right = { x: base.x + d.y * ARROW.halfWidth, y: base.y - d.x * ARROW.halfWidth }
    const end = { x: tip.x - d.x * ARROW.length * 0.7, y: tip.y - d.y * ARROW.length * 0.7 }
    return {
      vector,
      tail,
      path: `M${fmt(tail.x)},${fmt(tail.y)} Q${fmt(q.x)},${fmt(q.y)} ${fmt(end.x)},${fmt(end.y)}`,
      head: [tip, left, right].map(p => `${fmt(p.x)},${fmt(p.y)}`).join(' '),
      samples: Array.from({ length: 25 }, (_, k) => quad(tail, q, tip, k / 24)),
    }
  })
}

export interface HeroLabel {
  power: PowerId
  /** The text block's box; lines are drawn from its top, anchored by `anchor` at `x`. */
  box: Box
  x: number
  anchor: 'start' | 'middle' | 'end'
  name: { text: string, y: number }
  dates: { text: string, y: number }[]
}

function labelSize(v: HeroVector): { w: number, h: number } {
  const name = powerById[v.power].short
  const w = Math.max(textWidth(name, HERO_TYPE.name, true), ...v.dates.map(d => textWidth(d, HERO_TYPE.date)))
  return { w, h: NAME_LINE + v.dates.length * DATE_LINE }
}

function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x0 < b.x1 + margin && b.x0 < a.x1 + margin && a.y0 < b.y1 + margin && b.y0 < a.y1 + margin
}
function contains(b: Box, p: Point, margin: number): boolean {
  return p.x > b.x0 - margin && p.x < b.x1 + margin && p.y > b.y0 - margin && p.y < b.y1 + margin
}
function discBox(p: Point, r: number): Box {
  return {
    x0: p.x - r,
    y0: p.y - r,
    x1: p.x + r,
    y1: p.y + r,
  }
}

/** The box of Astana's name under its disc. */
export function astanaLabelBox(): Box {
  const w = textWidth(powerById.kazakhstan.capital, HERO_TYPE.astana, true)
  const top = HERO_ASTANA_R + 6
  return {
    x0: -w / 2,
    y0: top,
    x1: w / 2,
    y1: top + 28,
  }
}

/**
 * Places each label next to its glyph: first on the side the arc comes from, then the other sides,
 * keeping clear of every disc, arc and label already placed. Undefined when one label finds no room.
 */
export function placeLabels(arcs: readonly HeroArc[]): HeroLabel[] | undefined {
  const fixed: Box[] = [
    discBox({ x: 0, y: 0 }, HERO_ASTANA_R + 2),
    astanaLabelBox(),
  ]
  const placed: HeroLabel[] = []
  for (const arc of arcs) {
    // Its own disc is kept clear by the candidates' geometry; every other disc is an obstacle.
    const obstacles = [
      ...fixed,
      ...arcs.filter(a => a !== arc).map(a => discBox(a.tail, HERO_GLYPH_R + 2)),
    ]
    const { w, h } = labelSize(arc.vector)
    const u = unitOf(arc.vector.bearing)
    const g = HERO_GLYPH_R + LABEL_GAP
    const { x, y } = arc.tail
    const beside = (side: 1 | -1): Box => side > 0
      ? {
          x0: x + g,
          y0: y - NAME_LINE / 2 - 4,
          x1: x + g + w,
          y1: y - NAME_LINE / 2 - 4 + h,
        }
      : {
          x0: x - g - w,
          y0: y - NAME_LINE / 2 - 4,
          x1: x - g,
          y1: y - NAME_LINE / 2 - 4 + h,
        }
    const above: Box = {
      x0: x - w / 2,
      y0: y - g - h,
      x1: x + w / 2,
      y1: y - g,
    }
    const below: Box = {
      x0: x - w / 2,
      y0: y + g,
      x1: x + w / 2,
      y1: y + g + h,
    }
    const d = g * Math.SQRT1_2
    const diagonal = (sx: 1 | -1, sy: 1 | -1): Box => ({
      x0: sx > 0
        ? x + d
        : x - d - w,
      x1: sx > 0
        ? x + d + w
        : x - d,
      y0: sy > 0
        ? y + d
        : y - d - h,
      y1: sy > 0
        ? y + d + h
        : y - d,
    })
    const sx: 1 | -1 = u.x >= 0
      ? 1
      : -1
    const sy: 1 | -1 = u.y >= 0
      ? 1
      : -1
    // Above or below first (the labels are wider than tall, and the arcs spread sideways), then the diagonals, then beside.
    const vertical = u.y < 0
      ? above
      : below
    const candidates = [
      vertical,
      diagonal(sx, sy),
      diagonal(-sx as 1 | -1, sy),
      beside(sx),
      u.y < 0
        ? below
        : above,
      diagonal(sx, -sy as 1 | -1),
      diagonal(-sx as 1 | -1, -sy as 1 | -1),
      beside(-sx as 1 | -1),
    ]
    const box = candidates.find(b =>
      !obstacles.some(o => overlaps(b, o, 4))
      && !placed.some(p => overlaps(b, p.box, 10))
      && !arcs.some(a => a.samples.some(s => contains(b, s, 6))))
    if (!box)
      return undefined
    const anchor = box.x1 <= x - d + 0.01
      ? 'end'
      : box.x0 >= x + d - 0.01
        ? 'start'
        : 'middle'
    const tx = anchor === 'end'
      ? box.x1
      : anchor === 'start'
        ? box.x0
        : x
    placed.push({
      power: arc.vector.power,
      box,
      x: tx,
      anchor,
      name: { text: powerById[arc.vector.power].short, y: box.y0 + NAME_LINE * 0.78 },
      dates: arc.vector.dates.map((text, k) => ({ text, y: box.y0 + NAME_LINE + DATE_LINE * (k + 0.78) })),
    })
  }
  return placed
}

/** True when no two glyph discs (nor a disc and Astana's) touch. */
export function discsApart(arcs: readonly HeroArc[]): boolean {
  const discs = [
    {
      p: { x: 0, y: 0 },
      r: HERO_ASTANA_R,
    },
    ...arcs.map(a => ({ p: a.tail, r: HERO_GLYPH_R })),
  ]
  return discs.every((a, i) => discs.every((b, j) => j <= i || Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) >= a.r + b.r + 12))
}

function bounds(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map(b => b.x0)),
    y0: Math.min(...boxes.map(b => b.y0)),
    x1: Math.max(...boxes.map(b => b.x1)),
    y1: Math.max(...boxes.map(b => b.y1)),
  }
}

export interface CoverHeroOptions {
  /**
   * The viewBox, in canvas px. Default 500 × 430: the right-hand cell of the cover (a 0.8fr / 1.2fr grid
   * under the slide's padding, above the source line); 980 × 551 for the whole canvas.
   */
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

/** Lays the cover graphic out in a width × height frame, or explains why it cannot. */
export function layoutCoverHero(options: CoverHeroOptions = {}): CoverHeroResult {
  const frameWidth = options.width ?? 500
  const frameHeight = options.height ?? 430
  if (!(Number.isFinite(frameWidth) && Number.isFinite(frameHeight)) || frameWidth < 240 || frameHeight < 200)
    return { ok: false, error: `The frame ${frameWidth} × ${frameHeight} is too small (at least 240 × 200 canvas px).` }
  const vectors = heroVectors(options.visits ?? allVisits)
  if (vectors.length === 0)
    return { ok: false, error: 'No visit in the window (no visit has inWindow: true).' }

  // The largest radius at which the labels find room and everything fits inside the padded frame. In a
  // frame too small for the type, the viewBox grows (same proportions) and the drawing scales down in it.
  let found: Fit | undefined
  let width = frameWidth
  let height = frameHeight
  for (let grow = 1; !found && grow <= 2.5; grow += 0.1) {
    width = Math.round(frameWidth * grow)
    height = Math.round(frameHeight * grow)
    found = fit(vectors, width, height)
  }
  if (!found)
    return { ok: false, error: `The labels do not fit a ${frameWidth} × ${frameHeight} frame.` }

  // Place the drawing's extent in the frame: centred, or against one side.
  const place = (align: CoverHeroOptions['alignX'], size: number, lo: number, hi: number) =>
    align === 'start'
      ? HERO_PAD - lo
      : align === 'end'
        ? size - HERO_PAD - hi
        : (size - (lo + hi)) / 2
  const d = {
    x: place(options.alignX, width, found.extent.x0, found.extent.x1),
    y: place(options.alignY, height, found.extent.y0, found.extent.y1),
  }
  const centre = { x: d.x, y: d.y }
  const arcs = found.arcs.map(a => ({
    ...a,
    tail: translate(a.tail, d),
    samples: a.samples.map(s => translate(s, d)),
  }))
  const labels = found.labels.map(l => ({
    ...l,
    box: shiftBox(l.box, d),
    x: l.x + d.x,
    name: { ...l.name, y: l.name.y + d.y },
    dates: l.dates.map(t => ({ ...t, y: t.y + d.y })),
  }))

  const names = vectors.map(v => powerById[v.power].name)
  const allFour = visitingPowerIds.every(id => vectors.some(v => v.power === id))
  const title = allFour
    ? 'Four powers came to Kazakhstan within two months'
    : `Visits to Kazakhstan: ${listJoin(names)}`
  const astanaName = powerById.kazakhstan.capital
  const description = `Arrows converge on ${astanaName}, each arriving from the direction of a visitor's capital as seen from ${astanaName}; a longer arrow means a more distant capital (not to scale). ${vectors.map(v =>
    `${powerById[v.power].name}, from ${v.capital} to the ${compassPoint(v.bearing)}: ${listJoin(v.visits.map(visit => `${visit.who} on ${formatWhen(visit.when)}`))}`,
  ).join('; ')}.`

  return {
    ok: true,
    layout: {
      width,
      height,
      centre,
      astana: { name: astanaName, labelY: centre.y + astanaLabelBox().y0 + HERO_TYPE.astana * 0.82 },
      radius: found.radius,
      arcs,
      labels,
      title,
      description,
      table: vectors.map(v => ({
        power: powerById[v.power].name,
        from: v.capital,
        direction: compassPoint(v.bearing),
        visits: listJoin(v.visits.map(visit => `${formatWhen(visit.when)}: ${visit.who}`)),
      })),
    },
  }
}
