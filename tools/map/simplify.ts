import type { GeoPath, GeoProjection } from 'd3-geo'
import type { Feature, Position } from 'geojson'
import type { Atlas } from './atlas.ts'
import { feature, transform } from 'topojson-client'
import { TOLERANCE } from './config.ts'

/**
 * The atlas made small: only the countries that show in the frame, and every arc simplified once in
 * projected space (Douglas–Peucker), so that every shape drawn from the arcs shares the same points.
 */

/**
 * Only the countries that show in the frame: the others (Antarctica, the Americas…) would only add
 * bytes, and a far-away ring simplified in projected space can turn inside out and cover the globe.
 */
export function keepCountriesInFrame(topology: Atlas, path: GeoPath): void {
  topology.objects.countries.geometries = topology.objects.countries.geometries
    .filter(g => path(feature(topology, g as never) as Feature))
}

function perpendicular(p: number[], a: number[], b: number[]): number {
  const dx = b[0]! - a[0]!
  const dy = b[1]! - a[1]!
  const len = Math.hypot(dx, dy)
  if (len === 0)
    return Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!)
  return Math.abs(dy * p[0]! - dx * p[1]! + b[0]! * a[1]! - b[1]! * a[0]!) / len
}

/** Indices kept by Douglas–Peucker on projected points (endpoints always kept: they are shared vertices). */
function douglasPeucker(points: number[][], tolerance: number): number[] {
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack: [number, number][] = [
    [0, points.length - 1],
  ]
  while (stack.length) {
    const [first, last] = stack.pop()!
    let worst = -1
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i]!, points[first]!, points[last]!)
      if (d > worst) {
        worst = d
        index = i
      }
    }
    if (index > 0 && worst > tolerance) {
      keep[index] = 1
      stack.push([first, index], [index, last])
    }
  }
  return [
    ...keep.keys(),
  ].filter(i => keep[i])
}

/** One arc simplified; a closed arc (a whole island) is simplified in thirds, so that it keeps at least a triangle. */
function simplifyArc(arc: Position[], projection: GeoProjection): Position[] {
  if (arc.length <= 2)
    return arc
  const projected = arc.map(p => projection(p as [number, number]) ?? [Number.NaN, Number.NaN])
  const closed = arc.length > 4 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1]
  const cuts = closed
    ? [
        0,
        Math.floor(arc.length / 3),
        Math.floor(2 * arc.length / 3),
        arc.length - 1,
      ]
    : [0, arc.length - 1]
  const kept = cuts.slice(1).flatMap((end, i) => {
    const start = cuts[i]!
    const part = douglasPeucker(projected.slice(start, end + 1), TOLERANCE).map(k => k + start)
    return i === 0
      ? part
      : part.slice(1)
  })
  return kept.map(i => arc[i]!)
}

/** Absolute (unquantized) arcs, each simplified in projected space; the topology's transform is dropped. */
export function simplifyArcs(topology: Atlas, projection: GeoProjection): void {
  const toAbsolute = transform(topology.transform!)
  // (topojson's transform resets its running sum when the second argument is falsy: at each arc's start.)
  const arcs = topology.arcs.map(arc => arc.map((p, i) => toAbsolute(p, i > 0) as Position))
  topology.arcs = arcs.map(arc => simplifyArc(arc, projection))
  delete topology.transform
}
