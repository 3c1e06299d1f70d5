import type { Cargo, Leg, Place } from './schemas/places.ts'

/**
 * Capitals and the nodes of the Trans-Caspian International Transport Route ("Middle Corridor"), the
 * route's legs and its cargo, as plain records: typed by their schemas (data/schemas/places.ts) and
 * checked against them in Node (data/validate.ts), so the browser gets them without zod.
 */
export type { Cargo, Leg, Place }

export const places: Place[] = [
  {
    id: 'astana',
    name: 'Astana',
    lat: 51.17,
    lon: 71.45,
    kind: 'capital',
    power: 'kazakhstan',
  },
  {
    id: 'beijing',
    name: 'Beijing',
    lat: 39.90,
    lon: 116.41,
    kind: 'capital',
    power: 'china',
  },
  {
    id: 'moscow',
    name: 'Moscow',
    lat: 55.76,
    lon: 37.62,
    kind: 'capital',
    power: 'russia',
  },
  {
    id: 'brussels',
    name: 'Brussels',
    lat: 50.85,
    lon: 4.35,
    kind: 'capital',
    power: 'eu',
  },
  {
    id: 'washington',
    name: 'Washington',
    lat: 38.91,
    lon: -77.04,
    kind: 'capital',
    power: 'us',
  },
  {
    id: 'sochi',
    name: 'Sochi',
    lat: 43.60,
    lon: 39.73,
    kind: 'city',
    power: 'russia',
  },
  {
    id: 'khorgos',
    name: 'Khorgos',
    lat: 44.21,
    lon: 80.41,
    kind: 'route',
  },
  {
    id: 'dostyk',
    name: 'Dostyk',
    lat: 45.25,
    lon: 82.48,
    kind: 'route',
  },
  {
    id: 'aktau',
    name: 'Aktau',
    lat: 43.65,
    lon: 51.17,
    kind: 'route',
  },
  {
    id: 'kuryk',
    name: 'Kuryk',
    lat: 43.18,
    lon: 51.65,
    kind: 'route',
  },
  {
    id: 'alat',
    name: 'Baku / Alat',
    lat: 39.95,
    lon: 49.41,
    kind: 'route',
  },
  {
    id: 'tbilisi',
    name: 'Tbilisi',
    lat: 41.72,
    lon: 44.79,
    kind: 'route',
  },
  {
    id: 'poti',
    name: 'Poti',
    lat: 42.15,
    lon: 41.67,
    kind: 'route',
  },
  {
    id: 'kars',
    name: 'Kars',
    lat: 40.60,
    lon: 43.10,
    kind: 'route',
  },
  {
    id: 'istanbul',
    name: 'Istanbul',
    lat: 41.01,
    lon: 28.98,
    kind: 'route',
  },
]

export const placeById = Object.fromEntries(places.map(p => [p.id, p])) as Record<string, Place>

/** The legs of the route, east to west, in the order the presenter reveals them. */
export const routeLegs: Leg[] = [
  {
    id: 'khorgos-kuryk',
    from: 'khorgos',
    to: 'kuryk',
    mode: 'rail',
    label: 'China to Kazakhstan via Khorgos',
    sources: ['article'],
  },
  {
    id: 'dostyk-aktau',
    from: 'dostyk',
    to: 'aktau',
    mode: 'rail',
    label: 'China to Kazakhstan via Dostyk',
    sources: ['article'],
  },
  {
    id: 'aktau-alat',
    from: 'aktau',
    to: 'alat',
    mode: 'sea',
    label: 'Across the Caspian Sea',
    sources: ['article'],
  },
  {
    id: 'kuryk-alat',
    from: 'kuryk',
    to: 'alat',
    mode: 'sea',
    label: 'Across the Caspian Sea',
    sources: ['article'],
  },
  {
    id: 'alat-tbilisi',
    from: 'alat',
    to: 'tbilisi',
    mode: 'rail',
    label: 'Azerbaijan to Georgia',
    sources: ['article'],
  },
  {
    id: 'tbilisi-poti',
    from: 'tbilisi',
    to: 'poti',
    mode: 'rail',
    label: 'To the Black Sea ports',
    sources: ['article'],
  },
  {
    id: 'poti-istanbul',
    from: 'poti',
    to: 'istanbul',
    mode: 'sea',
    label: 'Across the Black Sea',
    sources: ['article'],
  },
  {
    id: 'tbilisi-kars',
    from: 'tbilisi',
    to: 'kars',
    mode: 'rail',
    label: 'Baku–Tbilisi–Kars railway',
    sources: ['article'],
  },
  {
    id: 'kars-istanbul',
    from: 'kars',
    to: 'istanbul',
    mode: 'rail',
    label: 'Through Turkey to Europe',
    sources: ['article'],
  },
]

/** Cargo on the route (S16): a year's tonnage, and how many times the year before's it is. */
export const routeCargo: Cargo = {
  year: 2022,
  millionTonnes: 1.5,
  timesPreviousYear: 2.5,
  source: 'S16',
}
