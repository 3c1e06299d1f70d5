import * as z from 'zod/mini'
import { visitingPowerIds } from './powers.ts'
import { assertUniqueIds, DataError, parseRecords } from './schema.ts'
import { sourceIds } from './sources.ts'

/**
 * The synthesis matrix's text cells: for each visiting power, its defense ties with Kazakhstan, the
 * friction, and what Astana seeks, each as a phrase short enough to read from the back of a room, with
 * the facts.md claims (A1, R5…) and the sources it rests on. Where facts.md says nothing for a power and
 * an aspect, the cell says so (`status: 'not-covered'`): nothing is filled in from elsewhere.
 *
 * The matrix's other columns are not typed here: the visits come from data/visits.ts (inWindow) and
 * the trade figures from data/trade.ts (2022, Kazakh statistics).
 */
export const relationAspects = ['defense', 'friction', 'seeks'] as const
export type RelationAspect = (typeof relationAspects)[number]

/** Column headings of the text aspects. */
export const aspectLabel: Record<RelationAspect, string> = {
  defense: 'Defense ties',
  friction: 'Friction',
  seeks: 'What Astana seeks',
}

/** A phrase of a cell: 2 to 6 words and at most this many characters. */
export const PHRASE_MAX_WORDS = 6
export const PHRASE_MAX_CHARS = 40

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

const records: unknown[] = [
  {
    id: 'china-defense',
    power: 'china',
    aspect: 'defense',
    status: 'not-covered',
  },
  {
    id: 'china-friction',
    power: 'china',
    aspect: 'friction',
    status: 'stated',
    phrase: 'Protests: migrants, Xinjiang, land',
    claims: ['C2', 'C3'],
    sources: ['article'],
  },
  {
    id: 'china-seeks',
    power: 'china',
    aspect: 'seeks',
    status: 'stated',
    phrase: 'Profits from trade and investment',
    claims: ['C2'],
    sources: ['article'],
  },
  {
    id: 'russia-defense',
    power: 'russia',
    aspect: 'defense',
    status: 'stated',
    phrase: 'Close ties: Army Games',
    claims: ['R5'],
    sources: ['article'],
  },
  {
    id: 'russia-friction',
    power: 'russia',
    aspect: 'friction',
    status: 'stated',
    phrase: 'Moscow displeased over Ukraine; threats',
    claims: ['R6'],
    sources: ['article'],
  },
  {
    id: 'russia-seeks',
    power: 'russia',
    aspect: 'seeks',
    status: 'not-covered',
  },
  {
    id: 'eu-defense',
    power: 'eu',
    aspect: 'defense',
    status: 'not-covered',
  },
  {
    id: 'eu-friction',
    power: 'eu',
    aspect: 'friction',
    status: 'stated',
    phrase: 'Challenge: not angering Russia',
    claims: ['E8'],
    sources: ['article'],
  },
  {
    id: 'eu-seeks',
    power: 'eu',
    aspect: 'seeks',
    status: 'stated',
    phrase: 'More investment and partnerships',
    claims: ['E5'],
    sources: ['article'],
  },
  {
    id: 'us-defense',
    power: 'us',
    aspect: 'defense',
    status: 'stated',
    phrase: 'Almost non-existent',
    claims: ['U3'],
    sources: ['article'],
  },
  {
    id: 'us-friction',
    power: 'us',
    aspect: 'friction',
    status: 'stated',
    phrase: 'Limited trade; no catalyst',
    claims: ['U3', 'U4'],
    sources: ['article'],
  },
  {
    id: 'us-seeks',
    power: 'us',
    aspect: 'seeks',
    status: 'not-covered',
  },
]

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

export const relations: Relation[] = parseRelations('data/relations.ts', records)

/** The cell of one power and aspect (parseRelations guarantees there is exactly one). */
export function relationOf(power: Relation['power'], aspect: RelationAspect, list: readonly Relation[] = relations): Relation {
  const found = list.find(r => r.power === power && r.aspect === aspect)
  if (!found)
    throw new Error(`data/relations.ts: no cell for ${power} ${aspect}`)
  return found
}
