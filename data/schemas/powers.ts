import * as z from 'zod/mini'
import { powerIdMessage, powerIds } from '../powers.ts'
import { assertUniqueIds, hexColour, latitude, longitude, parseRecords } from '../schema.ts'

/**
 * The schema of data/powers.ts, for the Node-side checks (data/validate.ts): the browser reads the
 * records as they are written and never loads zod. The other schemas take their power ids from here.
 */
export const PowerIdSchema = z.enum(powerIds, {
  error: issue => powerIdMessage(issue.input),
})

export const PowerSchema = z.strictObject({
  id: PowerIdSchema,
  name: z.string().check(z.minLength(1)),
  short: z.string().check(z.minLength(1), z.maxLength(8)),
  /** A letter drawn inside timeline marks and legends, so colour is never the only cue. */
  glyph: z.string().check(z.length(1)),
  capital: z.string().check(z.minLength(1)),
  lat: latitude,
  lon: longitude,
  /** One colour per power: `light` on the white slide, `dark` on the dark one (text contrast ≥ 4.5:1). */
  colour: z.strictObject({ light: hexColour, dark: hexColour }),
})
export type Power = z.output<typeof PowerSchema>

/** Validates the powers: each record, and no id twice. */
export function parsePowers(file: string, list: readonly unknown[]): Power[] {
  const parsed = parseRecords(file, PowerSchema, list)
  assertUniqueIds(file, parsed)
  return parsed
}
