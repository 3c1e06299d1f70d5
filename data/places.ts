import * as z from 'zod/mini'
import { PowerIdSchema } from './powers.ts'
import { assertUniqueIds, DataError, latitude, longitude, parseRecords } from './schema.ts'
import { SourceIdSchema } from './sources.ts'

/** Capitals and the nodes of the Trans-Caspian International Transport Route ("Middle Corridor"). */
export const PlaceSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z-]+$/, 'expected a kebab-case id')),
  name: z.string().check(z.minLength(1)),
  lat: latitude,
  lon: longitude,
  kind: z.enum(['capital', 'route', 'city']),
  power: z.optional(PowerIdSchema),
})
export type Place = z.output<typeof PlaceSchema>

const placeRecords: unknown[] = [
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

export const places: Place[] = parseRecords('data/places.ts', PlaceSchema, placeRecords)
assertUniqueIds('data/places.ts', places)
export const placeById = Object.fromEntries(places.map(p => [p.id, p])) as Record<string, Place>

/** A leg of the route, east to west, in the order the presenter reveals it. */
export const LegSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  mode: z.enum(['rail', 'sea']),
  label: z.string().check(z.minLength(1)),
  sources: z.array(SourceIdSchema).check(z.minLength(1)),
})
export type Leg = z.output<typeof LegSchema>

const legRecords: unknown[] = [
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

export function parseLegs(file: string, list: readonly unknown[], known: Record<string, Place>): Leg[] {
  const legs = parseRecords(file, LegSchema, list)
  assertUniqueIds(file, legs)
  legs.forEach((leg, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!known[leg[end]])
        throw new DataError(file, `#${i + 1} (${leg.id})`, end, `unknown place "${leg[end]}"`)
    }
  })
  return legs
}

export const routeLegs: Leg[] = parseLegs('data/places.ts', legRecords, placeById)

/** Cargo on the route (S16): about 1.5 million tonnes in 2022, about 2.5 times 2021. */
export const CargoSchema = z.strictObject({
  year: z.int(),
  millionTonnes: z.number().check(z.positive()),
  timesPreviousYear: z.number().check(z.positive()),
  source: SourceIdSchema,
})
export const routeCargo = parseRecords('data/places.ts', CargoSchema, [
  {
    year: 2022,
    millionTonnes: 1.5,
    timesPreviousYear: 2.5,
    source: 'S16',
  },
], () => 'route cargo')[0]!
