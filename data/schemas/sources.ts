import * as z from 'zod/mini'
import { assertUniqueIds, parseRecords } from '../schema.ts'
import { sourceIds } from '../sources.ts'

/**
 * The schema of data/sources.ts, for the Node-side checks (data/validate.ts): the browser reads the
 * records as they are written and never loads zod. The other schemas take their source ids from here.
 */
export const SourceIdSchema = z.enum(sourceIds)

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  date: z.optional(z.string().check(z.minLength(1))),
  url: z.url({ protocol: /^https$/ }),
})
export type Source = z.output<typeof SourceSchema>

/** Validates the sources: each record, and no id twice. */
export function parseSources(file: string, list: readonly unknown[]): Source[] {
  const parsed = parseRecords(file, SourceSchema, list)
  assertUniqueIds(file, parsed)
  return parsed
}
