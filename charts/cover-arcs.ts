import type { HeroVector, Point } from './cover-geodesy'
import { unitOf } from './cover-geodesy'

/**
 * CoverHero's marks: one arc per power from a glyph disc in its capital's direction to Astana's disc at
 * the centre, longer for a more distant capital (square root of the distance: schematic, not to scale),
 * bowing away from its nearest neighbour so that two powers from almost the same direction part.
 */

/** Glyph discs: the visitors' at the tails, Astana's at the centre. */
export const HERO_GLYPH_R = 17
export const HERO_ASTANA_R = 24
const ARROW = { length: 16, halfWidth: 9 }
/** How far an arc bows sideways, as a share of its chord. */
const BOW = 0.13

export interface Box { x0: number, y0: number, x1: number, y1: number }

/** The square box around a disc. */
export function discBox(p: Point, r: number): Box {
  return {
    x0: p.x - r,
    y0: p.y - r,
    x1: p.x + r,
    y1: p.y + r,
  }
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
