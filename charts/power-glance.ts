import type { PowerId } from '../data/powers'
import type { Quote, QuoteId } from '../data/quotes'
import type { TradeRecord } from '../data/trade'
import type { Visit } from '../data/visits'
import { powerById, visitingPowerIds } from '../data/powers'
import { quoteById, quotes } from '../data/quotes'
import { figure, formatBillions, partnerMessage, statisticsLabel } from '../data/trade'
import { formatWhen, visits } from '../data/visits'
import { byDate } from './time-scale'

/**
 * What PowerAtAGlance shows for one visiting power, all read from data/: its 2022 trade figure in
 * Kazakh statistics, and its quotation, or, for a power the article does not quote, its dated
 * contacts with Kazakhstan.
 */

export type VisitingPowerId = TradeRecord['partner']

/** The year of the figure every chapter shows: the one consistent series (Kazakh statistics). */
export const GLANCE_YEAR = 2022

/** Which quotation of data/quotes.ts speaks for which power (the article quotes no Russian side). */
export const quoteOfPower: Partial<Record<VisitingPowerId, QuoteId>> = Object.fromEntries(
  quotes.filter(q => q.power !== 'kazakhstan').map(q => [q.power, q.id]),
)

export interface PowerGlance {
  power: VisitingPowerId
  name: string
  trade: { text: string, caption: string, record: TradeRecord }
  quote?: Quote
  /** The power's events in date order, when it has no quotation; `what` is the first clause of the record's. */
  contacts?: { when: string, what: string, visit: Visit }[]
}

/** "Telephone call (exact day not known)" → "Telephone call"; "Take part in …; Kazakhstan hosts …" → "Take part in …". */
export function firstClause(text: string): string {
  return text.split(/;| \(/)[0]!.trim()
}

function isVisitingPower(value: unknown): value is VisitingPowerId {
  return (visitingPowerIds as readonly unknown[]).includes(value)
}

/** The glance for a power, or the message a chapter opener shows for a bad `power`. */
export function powerGlance(power: unknown): { ok: true, glance: PowerGlance } | { ok: false, error: string } {
  // A chapter slide's `power:` comes from its frontmatter, unchecked by data/validate.ts.
  if (!isVisitingPower(power))
    return { ok: false, error: `${partnerMessage(power)}.` }
  const id = power
  const record = figure(id, GLANCE_YEAR)
  const quoteId = quoteOfPower[id]
  const glance: PowerGlance = {
    power: id,
    name: powerById[id as PowerId].name,
    trade: {
      text: formatBillions(record.value),
      caption: `${record.year} · ${statisticsLabel[record.statistics]}`,
      record,
    },
  }
  if (quoteId) {
    glance.quote = quoteById[quoteId]
  }
  else {
    glance.contacts = visits.filter(v => v.power === id).sort(byDate).map(v => ({
      when: formatWhen(v.when, false),
      what: firstClause(v.what),
      visit: v,
    }))
  }
  return { ok: true, glance }
}
