import type { Power, PowerId } from '../data/powers'
import type { Visit } from '../data/visits'
import { powerById, visitingPowerIds } from '../data/powers'
import { visits as allVisits, formatWhen, spanOf } from '../data/visits'

/**
 * CoverHero's scales: where each visiting power's capital lies as seen from Astana, its initial
 * great-circle bearing (the direction on an azimuthal projection centred on Astana) and its distance,
 * and the vectors the cover draws, one per power with visits in the two-month window.
 */

export interface GeoPoint { lat: number, lon: number }
/** A point in the drawing (y down). */
export interface Point { x: number, y: number }

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
