import type { GeoProjection } from 'd3-geo'
import type { Position } from 'geojson'
import { geoConicConformal } from 'd3-geo'
import { HEIGHT, WIDTH } from './config.ts'

/**
 * d3-geo's conic conformal (Lambert) with standard parallels 35°N and 55°N, central meridian 60°E, fitted
 * to the region from Brussels to Beijing and clipped to the map's frame.
 */

export interface MapPlace { id: string, lon: number, lat: number }

/** A place's [longitude, latitude], by id. */
export function lonLatOf(places: MapPlace[]): (id: string) => Position {
  const placeById = Object.fromEntries(places.map(p => [p.id, p]))
  return id => [placeById[id]!.lon, placeById[id]!.lat]
}

export function mapProjection(places: MapPlace[]): GeoProjection {
  const projection: GeoProjection = geoConicConformal()
    .parallels([35, 55])
    .rotate([-60, 0])
    .precision(0.1)
  const lonLat = lonLatOf(places)
  // Fit so that Brussels, Beijing, Moscow and the southern route nodes sit inside with room for labels.
  projection.fitExtent([
    [14, 10],
    [WIDTH - 40, HEIGHT - 8],
  ], {
    type: 'MultiPoint',
    coordinates: [
      lonLat('brussels'),
      lonLat('beijing'),
      lonLat('moscow'),
      lonLat('alat'),
      lonLat('istanbul'),
      [1.5, 51.5],
      [119, 40],
      [60, 35.6],
      [40, 58.5],
    ],
  })
  projection.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ])
  return projection
}
