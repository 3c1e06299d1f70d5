import * as z from 'zod/mini'
import { assertUniqueIds, parseRecords } from '../schema.ts'
import { PowerIdSchema } from './powers.ts'
import { SourceIdSchema } from './sources.ts'

/**
 * The schema of data/quotes.ts, for the Node-side checks (data/validate.ts): the browser reads the
 * records as they are written and never loads zod.
 */
export const QuoteSchema = z.strictObject({
  id: z.enum(['Q1', 'Q2', 'Q3']),
  who: z.string().check(z.minLength(1)),
  /** The power the quotation speaks for (its chapter opener shows it). */
  power: PowerIdSchema,
  context: z.string().check(z.minLength(1)),
  /** The attribution under the quotation on a slide: short, for the room. */
  attribution: z.string().check(z.minLength(1), z.maxLength(90)),
  /** Words before the quotation marks (only Q3 is a reported quotation). */
  lead: z.optional(z.string()),
  words: z.string().check(z.minLength(1)),
  sources: z.array(SourceIdSchema).check(z.minLength(1)),
})
export type Quote = z.output<typeof QuoteSchema>
export type QuoteId = Quote['id']

/** Validates the quotations: each record, and no id twice. */
export function parseQuotes(file: string, list: readonly unknown[]): Quote[] {
  const parsed = parseRecords(file, QuoteSchema, list)
  assertUniqueIds(file, parsed)
  return parsed
}
