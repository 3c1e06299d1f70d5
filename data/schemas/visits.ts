import * as z from 'zod/mini'
import { assertUniqueIds, isoDate, isoMonth, parseRecords } from '../schema.ts'
import { PowerIdSchema } from './powers.ts'
import { SourceIdSchema } from './sources.ts'

/**
 * The schema of data/visits.ts, for the Node-side checks (data/validate.ts): the browser reads the
 * records as they are written and never loads zod.
 */

/**
 * When an event happened, as precisely as the sources know it:
 * a single day, a range of days, or only "early" in a month (the Putin–Tokayev telephone call).
 */
export const WhenSchema = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day'),
    date: isoDate,
  }),
  z.strictObject({
    precision: z.literal('range'),
    start: isoDate,
    end: isoDate,
  }).check(z.refine(w => w.end > w.start, {
    message: 'the range ends before (or on the day) it starts',
    path: ['end'],
  })),
  z.strictObject({
    precision: z.literal('early-month'),
    month: isoMonth,
  }),
])
export type When = z.output<typeof WhenSchema>

export const VisitSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a kebab-case id')),
  when: WhenSchema,
  power: PowerIdSchema,
  who: z.string().check(z.minLength(1)),
  role: z.optional(z.string().check(z.minLength(1))),
  /** A short label for charts, e.g. "Xi Jinping". */
  label: z.string().check(z.minLength(1), z.maxLength(28)),
  what: z.string().check(z.minLength(1)),
  place: z.string().check(z.minLength(1)),
  /** True for the visits to Astana/Kazakhstan that make the article's "within two months". */
  inWindow: z.boolean(),
  sources: z.array(SourceIdSchema).check(z.minLength(1)),
})
export type Visit = z.output<typeof VisitSchema>

/** Validates the events: each record, and no id twice. */
export function parseVisits(file: string, list: readonly unknown[]): Visit[] {
  const parsed = parseRecords(file, VisitSchema, list)
  assertUniqueIds(file, parsed)
  return parsed
}
