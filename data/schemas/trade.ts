import * as z from 'zod/mini'
import { visitingPowerIds } from '../powers.ts'
import { DataError, parseRecords } from '../schema.ts'
import { partnerMessage, statisticsKinds } from '../trade.ts'
import { SourceIdSchema } from './sources.ts'

/**
 * The schema of data/trade.ts, for the Node-side checks (data/validate.ts): the browser reads the
 * records as they are written and never loads zod.
 */
export const TradeSchema = z.strictObject({
  partner: z.enum(visitingPowerIds, {
    error: issue => partnerMessage(issue.input),
  }),
  year: z.int().check(z.gte(1991), z.lte(2030)),
  value: z.number('expected a number (US$ billion)').check(z.nonnegative('a trade value cannot be negative')),
  statistics: z.enum(statisticsKinds),
  /** Who published the figure, in facts.md's words. */
  whose: z.string().check(z.minLength(1)),
  /** True for the figure the article itself quotes (data/trade.ts fills in the default for the browser). */
  article: z._default(z.boolean(), false),
  source: SourceIdSchema,
})
/** A record as written in data/trade.ts (`article` may be left out). */
export type TradeInput = z.input<typeof TradeSchema>
/** A record as the slides read it. */
export type TradeRecord = z.output<typeof TradeSchema>

function label(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>
    return `${String(r.partner)} ${String(r.year)} ${String(r.statistics)}`
  }
  return `index ${index}`
}

/** Validates the figures: each record, and one figure per partner, year and statistics. */
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
