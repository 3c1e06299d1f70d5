import * as z from 'zod/mini'
import { assertUniqueIds, DataError, latitude, longitude, parseRecords } from '../schema.ts'
import { PowerIdSchema } from './powers.ts'
import { SourceIdSchema } from './sources.ts'

/**
 * The schemas of data/places.ts (places, route legs, route cargo), for the Node-side checks
 * (data/validate.ts): the browser reads the records as they are written and never loads zod.
 */
export const PlaceSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z-]+$/, 'expected a kebab-case id')),
  name: z.string().check(z.minLength(1)),
  lat: latitude,
  lon: longitude,
  kind: z.enum(['capital', 'route', 'city']),
  power: z.optional(PowerIdSchema),
})
export type Place = z.output<typeof PlaceSchema>

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

/** Cargo on the route (S16): a year's tonnage and its growth on the year before. */
export const CargoSchema = z.strictObject({
  year: z.int(),
  millionTonnes: z.number().check(z.positive()),
  timesPreviousYear: z.number().check(z.positive()),
  source: SourceIdSchema,
})
export type Cargo = z.output<typeof CargoSchema>

/** Validates the places: each record, and no id twice. */
export function parsePlaces(file: string, list: readonly unknown[]): Place[] {
  const parsed = parseRecords(file, PlaceSchema, list)
  assertUniqueIds(file, parsed)
  return parsed
}

/** Validates the legs: each record, no id twice, and both ends among the `known` places. */
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

/** Validates the route's cargo record. */
export function parseCargo(file: string, cargo: unknown): Cargo {
  return parseRecords(file, CargoSchema, [cargo], () => 'route cargo')[0]!
}
