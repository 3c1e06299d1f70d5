import * as z from 'zod/mini'
import { visitingPowerIds } from './powers.ts'
import { DataError, parseRecords } from './schema.ts'
import { SourceIdSchema } from './sources.ts'

/**
 * Trade in goods with Kazakhstan, US$ billion. The two partners' statistics often disagree
 * ("mirror statistics"), so every figure says whose statistics it is.
 */
export const statisticsKinds = ['kazakh', 'chinese-customs', 'us-state-department'] as const
export type StatisticsKind = (typeof statisticsKinds)[number]

export const statisticsLabel: Record<StatisticsKind, string> = {
  'kazakh': 'Kazakh statistics',
  'chinese-customs': 'Chinese customs statistics',
  'us-state-department': 'U.S. State Department',
}

export const TradeSchema = z.strictObject({
  partner: z.enum(visitingPowerIds, {
    error: issue => `unknown power "${String(issue.input)}" (expected china, russia, eu or us)`,
  }),
  year: z.int().check(z.gte(1991), z.lte(2030)),
  value: z.number('expected a number (US$ billion)').check(z.nonnegative('a trade value cannot be negative')),
  statistics: z.enum(statisticsKinds),
  /** Who published the figure, in facts.md's words. */
  whose: z.string().check(z.minLength(1)),
  /** True for the figure the article itself quotes. */
  article: z._default(z.boolean(), false),
  source: SourceIdSchema,
})
export type TradeRecord = z.output<typeof TradeSchema>

const records: unknown[] = [
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

function label(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>
    return `${String(r.partner)} ${String(r.year)} ${String(r.statistics)}`
  }
  return `index ${index}`
}

export function parseTrade(file: string, list: readonly unknown[]): TradeRecord[] {
  const parsed = parseRecords(file, TradeSchema, list, label)
  const seen = new Set<string>()
  parsed.forEach((r, i) => {
    const key = `${r.partner} ${r.year} ${r.statistics}`
    if (seen.has(key))
      throw new DataError(file, `#${i + 1} (${key})`, 'statistics', 'a second figure for the same partner, year and statistics')
    seen.add(key)
  })
  return parsed
}

export const trade: TradeRecord[] = parseTrade('data/trade.ts', records)

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
