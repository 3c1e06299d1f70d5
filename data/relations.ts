import type { Relation } from './schemas/relations.ts'

/**
 * The synthesis matrix's text cells: for each visiting power, its defense ties with Kazakhstan, the
 * friction, and what Astana seeks, each as a phrase short enough to read from the back of a room, with
 * the facts.md claims (A1, R5…) and the sources it rests on. Where facts.md says nothing for a power and
 * an aspect, the cell says so (`status: 'not-covered'`): nothing is filled in from elsewhere. The cells
 * are plain records, typed by their schema (data/schemas/relations.ts) and checked against it in Node
 * (data/validate.ts), so the browser gets them without zod.
 *
 * The matrix's other columns are not typed here: the visits come from data/visits.ts (inWindow) and
 * the trade figures from data/trade.ts (2022, Kazakh statistics).
 */
export type { Relation }

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

const records: Relation[] = [
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

/**
 * The cells as the schema gives them: a phrase without the spaces around it, which the check trims
 * (anything but a string is left for the check to refuse).
 */
export const relations: Relation[] = records.map(r => r.status === 'stated' && typeof r.phrase === 'string'
  ? {
      ...r,
      phrase: r.phrase.trim(),
    }
  : r)

/** The cell of one power and aspect (parseRelations guarantees there is exactly one). */
export function relationOf(power: Relation['power'], aspect: RelationAspect, list: readonly Relation[] = relations): Relation {
  const found = list.find(r => r.power === power && r.aspect === aspect)
  if (!found)
    throw new Error(`data/relations.ts: no cell for ${power} ${aspect}`)
  return found
}
