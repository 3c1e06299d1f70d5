import * as z from 'zod/mini'
import { visitingPowerIds } from '../powers.ts'
import { PHRASE_MAX_CHARS, PHRASE_MAX_WORDS, relationAspects } from '../relations.ts'
import { assertUniqueIds, DataError, parseRecords } from '../schema.ts'
import { sourceIds } from '../sources.ts'

/**
 * The schema of data/relations.ts, the synthesis matrix's cells, for the Node-side checks
 * (data/validate.ts): the browser reads the records as they are written and never loads zod.
 */

const VisitingPowerSchema = z.enum(visitingPowerIds, {
  error: issue => `unknown power "${String(issue.input)}" (expected ${visitingPowerIds.join(', ')})`,
})
const SourceSchema = z.enum(sourceIds, {
  error: issue => `unknown source "${String(issue.input)}" (expected an id of data/sources.ts: ${sourceIds.join(', ')})`,
})
const AspectSchema = z.enum(relationAspects, {
  error: issue => `unknown aspect "${String(issue.input)}" (expected ${relationAspects.join(', ')})`,
})

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

const PhraseSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'the phrase is empty'),
  z.refine(s => wordCount(s) >= 2, { message: 'a phrase needs at least 2 words', abort: true }),
  z.refine(s => wordCount(s) <= PHRASE_MAX_WORDS && s.length <= PHRASE_MAX_CHARS, {
    message: `too long for a cell (at most ${PHRASE_MAX_WORDS} words and ${PHRASE_MAX_CHARS} characters)`,
  }),
)

/** A claim of facts.md ("R5"): the letter of its theme and its number. */
const ClaimIdSchema = z.string().check(z.regex(/^[ACERUO]\d+$/, 'expected a facts.md claim id such as "R5"'))

function statusMessage(status: unknown): string {
  return status === undefined
    ? 'missing status (expected stated or not-covered)'
    : `unknown status "${String(status)}" (expected stated or not-covered)`
}

const common = {
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a kebab-case id')),
  power: VisitingPowerSchema,
  aspect: AspectSchema,
}

export const RelationSchema = z.discriminatedUnion('status', [
  z.strictObject({
    ...common,
    status: z.literal('stated'),
    phrase: PhraseSchema,
    /** The facts.md claims the phrase condenses. */
    claims: z.array(ClaimIdSchema).check(z.minLength(1, 'cite at least one facts.md claim')),
    sources: z.array(SourceSchema).check(z.minLength(1, 'cite at least one source')),
  }),
  z.strictObject({
    ...common,
    /** facts.md says nothing for this power and aspect: the cell says so. */
    status: z.literal('not-covered'),
  }),
], {
  error: issue => issue.code === 'invalid_union'
    ? statusMessage((issue.input as Record<string, unknown> | undefined)?.status)
    : undefined,
})
export type Relation = z.output<typeof RelationSchema>

function label(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>
    return `${String(r.power)} ${String(r.aspect)}`
  }
  return `index ${index}`
}

/**
 * Validates the matrix's cells: each record, unique ids, and every (power × aspect) exactly once.
 * A missing or duplicate cell is a DataError naming the record.
 */
export function parseRelations(file: string, list: readonly unknown[]): Relation[] {
  const parsed = parseRecords(file, RelationSchema, list, label)
  assertUniqueIds(file, parsed)
  const seen = new Map<string, number>()
  parsed.forEach((r, i) => {
    const key = `${r.power} ${r.aspect}`
    const first = seen.get(key)
    if (first !== undefined)
      throw new DataError(file, `#${i + 1} (${r.id})`, 'aspect', `a second cell for ${key} (the first is record #${first + 1})`)
    seen.set(key, i)
  })
  for (const power of visitingPowerIds) {
    for (const aspect of relationAspects) {
      if (!seen.has(`${power} ${aspect}`))
        throw new DataError(file, `(missing: ${power} ${aspect})`, 'aspect', `no cell for ${power} × ${aspect}; add one (status "not-covered" if facts.md says nothing)`)
    }
  }
  return parsed
}
