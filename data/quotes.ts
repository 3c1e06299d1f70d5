import * as z from 'zod/mini'
import { PowerIdSchema } from './powers.ts'
import { assertUniqueIds, parseRecords } from './schema.ts'
import { SourceIdSchema } from './sources.ts'

/** The three quotations of facts.md, verbatim, with attribution. */
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

const records: unknown[] = [
  {
    id: 'Q1',
    who: 'Xi Jinping',
    power: 'china',
    attribution: 'Xi Jinping',
    context: 'on his visit to Kazakhstan, 14 September 2022',
    words: 'Once again, I would like to assure you that the Chinese government pays great attention to relations with Kazakhstan.',
    sources: ['article'],
  },
  {
    id: 'Q2',
    who: 'Charles Michel',
    power: 'eu',
    attribution: 'Charles Michel, in Astana',
    context: 'President of the European Council, in Astana, October 2022',
    words: 'Our relationship is strong and getting even stronger. It is based on trust and mutual understanding.',
    sources: ['article'],
  },
  {
    id: 'Q3',
    who: 'U.S. State Department',
    power: 'us',
    attribution: 'U.S. State Department, on Lu\'s tour of Kazakhstan, Turkmenistan and Uzbekistan',
    context: 'on Donald Lu\'s tour of Kazakhstan, Turkmenistan and Uzbekistan, November 2022',
    lead: 'Lu met',
    words: 'with economic and business leaders to discuss Central Asia\'s economic stability and regional connectivity.',
    sources: ['article'],
  },
]

export const quotes: Quote[] = parseRecords('data/quotes.ts', QuoteSchema, records)
assertUniqueIds('data/quotes.ts', quotes)

export const quoteById = Object.fromEntries(quotes.map(q => [q.id, q])) as Record<QuoteId, Quote>
