import type { GeoPath } from 'd3-geo'
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import { geoArea } from 'd3-geo'
import { DIGITS, MIN_AREA } from './config.ts'

/** Shapes as short SVG path strings: specks dropped, coordinates relative and rounded. */

/** Drops specks, and any ring that simplification turned inside out (it would cover half the globe). */
export function dropSpecks(geometry: Geometry, path: GeoPath): Geometry {
  const polygons: Position[][][] = geometry.type === 'Polygon'
    ? [(geometry as Polygon).coordinates]
    : geometry.type === 'MultiPolygon'
      ? (geometry as MultiPolygon).coordinates
      : []
  const kept = polygons.filter(rings => path.area({ type: 'Polygon', coordinates: rings }) >= MIN_AREA
    && geoArea({ type: 'Polygon', coordinates: rings }) < 2 * Math.PI)
  return { type: 'MultiPolygon', coordinates: kept }
}

function fmt(n: number): string {
  const r = Math.round(n * 10 ** DIGITS) / 10 ** DIGITS
  return String(r === 0
    ? 0
    : r).replace(/^(-?)0\./, '$1.')
}

/** Relative encoding: repeated small steps gzip much better than absolute positions. */
function relative(segments: string[]): string {
  let px = 0
  let py = 0
  return segments.map((segment) => {
    if (segment === 'z')
      return segment
    const [x, y] = segment.slice(1).split(' ').map(Number)
    const rel = segment[0] === 'M'
      ? `M${fmt(x!)} ${fmt(y!)}`
      : `l${fmt(x! - px)} ${fmt(y! - py)}`
    px = x!
    py = y!
    return rel
  }).join('').replace(/ -/g, '-')
}

/** Shortens geoPath output: relative moves after the first point, no leading zeros, no trailing ".0". */
export function compact(d: string | null | undefined): string {
  if (!d)
    return ''
  const out: string[] = []
  for (const part of d.match(/[MLZ][^MLZ]*/g) ?? []) {
    const command = part[0]!
    if (command === 'Z') {
      out.push('z')
      continue
    }
    const [x, y] = part.slice(1).split(',').map(Number)
    out.push(`${command}${fmt(x!)} ${fmt(y!)}`)
  }
  return relative(out)
}
