import type { TradeInput, TradeRecord } from './schemas/trade.ts'

/**
 * Trade in goods with Kazakhstan, US$ billion. The two partners' statistics often disagree
 * ("mirror statistics"), so every figure says whose statistics it is. The records are plain objects,
 * typed by their schema (data/schemas/trade.ts) and checked against it in Node (data/validate.ts), so
 * the browser gets them without zod.
 */
export type { TradeRecord }

export const statisticsKinds = ['kazakh', 'chinese-customs', 'us-state-department'] as const
export type StatisticsKind = (typeof statisticsKinds)[number]

export const statisticsLabel: Record<StatisticsKind, string> = {
  'kazakh': 'Kazakh statistics',
  'chinese-customs': 'Chinese customs statistics',
  'us-state-department': 'U.S. State Department',
}

/** The message for a partner that is not one of the visiting powers, in the schema and in the browser alike. */
export function partnerMessage(input: unknown): string {
  return `unknown power "${String(input)}" (expected china, russia, eu or us)`
}

const records: TradeInput[] = [
  {
    partner: 'russia',
    year: 2021,
    value: 24.5,
    statistics: 'kazakh',
    whose: 'Kazakh side (quoted by the article)',
    article: true,
    source: 'S2',
  },
  {
    partner: 'russia',
    year: 2022,
    value: 26.1,
    statistics: 'kazakh',
    whose: 'Kazakh side (Foreign Minister Nurtleu)',
    source: 'S8',
  },
  {
    partner: 'china',
    year: 2021,
    value: 18.0,
    statistics: 'kazakh',
    whose: 'Kazakh side (Prime Minister Smailov)',
    source: 'S9',
  },
  {
    partner: 'china',
    year: 2021,
    value: 25.25,
    statistics: 'chinese-customs',
    whose: 'Chinese customs',
    source: 'S10',
  },
  {
    partner: 'china',
    year: 2022,
    value: 24.1,
    statistics: 'kazakh',
    whose: 'Kazakh side',
    source: 'S11',
  },
  {
    partner: 'china',
    year: 2022,
    value: 31.2,
    statistics: 'chinese-customs',
    whose: 'Chinese customs',
    source: 'S12',
  },
  {
    partner: 'eu',
    year: 2022,
    value: 39.9,
    statistics: 'kazakh',
    whose: 'Kazakh side (Foreign Ministry)',
    source: 'S13',
  },
  {
    partner: 'us',
    year: 2021,
    value: 2.5,
    statistics: 'us-state-department',
    whose: 'U.S. State Department fact sheet',
    source: 'S14',
  },
  {
    partner: 'us',
    year: 2022,
    value: 3.1,
    statistics: 'kazakh',
    whose: 'Kazakh side (Prime Minister Smailov)',
    source: 'S15',
  },
]

/**
 * The records as the schema gives them: `article` is false where a record leaves it out (as zod's
 * default does, only for a missing value: anything else goes to the check as written).
 */
export const trade: TradeRecord[] = records.map(r => ({
  ...r,
  article: r.article === undefined
    ? false
    : r.article,
}))

/** The figures of one year in one kind of statistics, largest first. */
export function series(year: number, statistics: StatisticsKind, list: readonly TradeRecord[] = trade): TradeRecord[] {
  return list.filter(r => r.year === year && r.statistics === statistics).sort((a, b) => b.value - a.value)
}

/** One figure; throws when the data has none, so a slide never shows a blank. */
export function figure(partner: TradeRecord['partner'], year: number, statistics: StatisticsKind = 'kazakh'): TradeRecord {
  const found = trade.find(r => r.partner === partner && r.year === year && r.statistics === statistics)
  if (!found)
    throw new Error(`data/trade.ts: no figure for ${partner} ${year} in ${statistics} statistics`)
  return found
}

/** "$24.5 bn": one decimal unless the source gives two. */
export function formatBillions(value: number): string {
  const text = Number.isInteger(value * 10)
    ? value.toFixed(1)
    : String(value)
  return `$${text} bn`
}
