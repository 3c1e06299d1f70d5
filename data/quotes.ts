import type { Quote, QuoteId } from './schemas/quotes.ts'

/**
 * The three quotations of facts.md, verbatim, with attribution, as plain records: typed by their
 * schema (data/schemas/quotes.ts) and checked against it in Node (data/validate.ts), so the browser
 * gets them without zod.
 */
export type { Quote, QuoteId }

export const quotes: Quote[] = [
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

export const quoteById = Object.fromEntries(quotes.map(q => [q.id, q])) as Record<QuoteId, Quote>
