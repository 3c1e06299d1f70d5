import type { GeoPath, GeoProjection } from 'd3-geo'
import type { LineString } from 'geojson'
import type { MapPlace } from './projection.ts'
import { HEIGHT, legBends, WIDTH } from './config.ts'
import { lonLatOf } from './projection.ts'
import { compact } from './svg-path.ts'

/** The places and route legs on the map: projected positions, edge points for off-map capitals, leg paths. */

export const round = (n: number) => Math.round(n * 10) / 10

interface Projected { lat: number, lon: number, x: number, y: number }

/** Every place's position; projection(point) ignores clipExtent, so off-frame places (Washington) get one too. */
export function projectPlaces(places: MapPlace[], projection: GeoProjection): Record<string, Projected> {
  return Object.fromEntries(places.map((p) => {
    const [x, y] = projection([p.lon, p.lat])!
    return [
      p.id,
      {
        lat: p.lat,
        lon: p.lon,
        x: round(x),
        y: round(y),
      },
    ]
  }))
}

/** Where a latitude meets the western edge, a little inside. */
function edgePoint(lat: number, projection: GeoProjection): { x: number, y: number } {
  let lo = -60
  let hi = 60
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (projection([mid, lat])![0] < 0)
      lo = mid
    else hi = mid
  }
  return {
    x: 0,
    y: round(projection([hi, lat])![1]),
  }
}

/** Off-map capitals (Washington): the edge point on their latitude. */
export function offMapPlaces(places: MapPlace[], projected: Record<string, Projected>, projection: GeoProjection): Record<string, { x: number, y: number }> {
  return Object.fromEntries(places
    .filter(p => projected[p.id]!.x < 0 || projected[p.id]!.x > WIDTH || projected[p.id]!.y < 0 || projected[p.id]!.y > HEIGHT)
    .map(p => [
      p.id,
      edgePoint(p.lat, projection),
    ]))
}

/** Each route leg as a path, through its schematic bends. */
export function legPaths(places: MapPlace[], path: GeoPath): Record<string, string> {
  const lonLat = lonLatOf(places)
  return Object.fromEntries(Object.entries(legBends).map(([id, bends]) => {
    const [from, to] = id.split('-') as [string, string]
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        lonLat(from),
        ...bends,
        lonLat(to),
      ],
    }
    return [
      id,
      compact(path(line)),
    ]
  }))
}
