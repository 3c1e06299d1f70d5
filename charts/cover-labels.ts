import type { PowerId } from '../data/powers'
import type { Box, HeroArc } from './cover-arcs'
import type { HeroVector, Point } from './cover-geodesy'
import { powerById } from '../data/powers'
import { discBox, HERO_ASTANA_R, HERO_GLYPH_R } from './cover-arcs'
import { unitOf } from './cover-geodesy'
import { textWidth } from './text-measure'

/**
 * CoverHero's labels: each power's short name and the dates of its visits, placed next to its glyph
 * where the text hits no disc, arc or other label, and Astana's name under its disc.
 */

/** Type sizes in viewBox units (≈ canvas px on the cover). */
export const HERO_TYPE = { name: 30, date: 22, astana: 24 } as const
const NAME_LINE = 32
const DATE_LINE = 25
const LABEL_GAP = 8
/** From a glyph's centre to its label's box: straight, and along a diagonal. */
const GAP = HERO_GLYPH_R + LABEL_GAP
const DIAGONAL = GAP * Math.SQRT1_2

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

/** A w × h box beside a glyph at (x, y): right of it (side 1) or left (−1), the name level with the glyph. */
function beside({ x, y }: Point, w: number, h: number, side: 1 | -1): Box {
  const y0 = y - NAME_LINE / 2 - 4
  return side > 0
    ? {
        x0: x + GAP,
        y0,
        x1: x + GAP + w,
        y1: y0 + h,
      }
    : {
        x0: x - GAP - w,
        y0,
        x1: x - GAP,
        y1: y0 + h,
      }
}

/** A w × h box centred above a glyph (side −1) or below it (1). */
function aboveOrBelow({ x, y }: Point, w: number, h: number, side: 1 | -1): Box {
  return side < 0
    ? {
        x0: x - w / 2,
        y0: y - GAP - h,
        x1: x + w / 2,
        y1: y - GAP,
      }
    : {
        x0: x - w / 2,
        y0: y + GAP,
        x1: x + w / 2,
        y1: y + GAP + h,
      }
}

/** A w × h box off a glyph's corner, towards (sx, sy). */
function diagonal({ x, y }: Point, w: number, h: number, sx: 1 | -1, sy: 1 | -1): Box {
  return {
    x0: sx > 0
      ? x + DIAGONAL
      : x - DIAGONAL - w,
    x1: sx > 0
      ? x + DIAGONAL + w
      : x - DIAGONAL,
    y0: sy > 0
      ? y + DIAGONAL
      : y - DIAGONAL - h,
    y1: sy > 0
      ? y + DIAGONAL + h
      : y - DIAGONAL,
  }
}

/**
 * The eight boxes a label may take, best first: on the side the arc comes from, above or below (the
 * labels are wider than tall, and the arcs spread sideways), then the diagonals, then beside; then the
 * same on the other side.
 */
function candidateBoxes(arc: HeroArc): Box[] {
  const { w, h } = labelSize(arc.vector)
  const u = unitOf(arc.vector.bearing)
  const t = arc.tail
  const sx: 1 | -1 = u.x >= 0
    ? 1
    : -1
  const sy: 1 | -1 = u.y >= 0
    ? 1
    : -1
  const nx = -sx as 1 | -1
  const ny = -sy as 1 | -1
  return [
    aboveOrBelow(t, w, h, u.y < 0
      ? -1
      : 1),
    diagonal(t, w, h, sx, sy),
    diagonal(t, w, h, nx, sy),
    beside(t, w, h, sx),
    aboveOrBelow(t, w, h, u.y < 0
      ? 1
      : -1),
    diagonal(t, w, h, sx, ny),
    diagonal(t, w, h, nx, ny),
    beside(t, w, h, nx),
  ]
}

/** The label of an arc in a box: anchored at its end left of the glyph, its start right of it, else centred. */
function heroLabel(arc: HeroArc, box: Box): HeroLabel {
  const { x } = arc.tail
  const anchor = box.x1 <= x - DIAGONAL + 0.01
    ? 'end'
    : box.x0 >= x + DIAGONAL - 0.01
      ? 'start'
      : 'middle'
  return {
    power: arc.vector.power,
    box,
    x: anchor === 'end'
      ? box.x1
      : anchor === 'start'
        ? box.x0
        : x,
    anchor,
    name: { text: powerById[arc.vector.power].short, y: box.y0 + NAME_LINE * 0.78 },
    dates: arc.vector.dates.map((text, k) => ({ text, y: box.y0 + NAME_LINE + DATE_LINE * (k + 0.78) })),
  }
}

/**
 * Places each label next to its glyph in the first candidate box that keeps clear of every disc, arc
 * and label already placed. Undefined when one label finds no room.
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
    const box = candidateBoxes(arc).find(b =>
      !obstacles.some(o => overlaps(b, o, 4))
      && !placed.some(p => overlaps(b, p.box, 10))
      && !arcs.some(a => a.samples.some(s => contains(b, s, 6))))
    if (!box)
      return undefined
    placed.push(heroLabel(arc, box))
  }
  return placed
}
