import type { PowerId } from './powers.ts'
import type { StatisticsKind } from './trade.ts'
import type { Visit } from './visits.ts'
import { powerById, visitingPowerIds } from './powers.ts'
import { figure, formatBillions, statisticsLabel } from './trade.ts'
import { spanOf, visits } from './visits.ts'

/**
 * The figures shown big on slides ("big numbers"), each computed from the validated data files so that a
 * figure is never typed again in Markdown. A slide names one with `<BigNumber stat="…" />`.
 */
export interface Stat {
  /** The figure as shown, e.g. "5" or "$39.9 bn". */
  value: string
  /** What it counts, in a few words. */
  label: string
  /** The power whose colour the figure takes, if any. */
  power?: PowerId
}

const DAY_MS = 86_400_000

/** The visits of the article's "within two months": the four powers' visits to Astana/Kazakhstan. */
export function windowVisits(list: readonly Visit[] = visits): Visit[] {
  return list.filter(v => v.inWindow)
}

/** Days from the first day of the first visit to the last day of the last visit in the window. */
export function windowDays(list: readonly Visit[] = visits): number {
  const inWindow = windowVisits(list)
  if (inWindow.length === 0)
    throw new Error('data/visits.ts: no visit has inWindow: true, so the two months cannot be measured')
  const starts = inWindow.map(v => spanOf(v.when).start).sort()
  const ends = inWindow.map(v => spanOf(v.when).end).sort()
  return Math.round((Date.parse(ends.at(-1)!) - Date.parse(starts[0]!)) / DAY_MS)
}

/** How many different visiting powers came in the window. */
export function windowPowers(list: readonly Visit[] = visits): number {
  const ids = new Set<string>(visitingPowerIds)
  return new Set(windowVisits(list).map(v => v.power).filter(p => ids.has(p))).size
}

export const statIds = ['window-visits', 'window-days', 'window-powers'] as const
export type StatId = (typeof statIds)[number]

/** A named figure of the visit sequence. */
export function stat(id: StatId, list: readonly Visit[] = visits): Stat {
  switch (id) {
    case 'window-visits': return {
      value: String(windowVisits(list).length),
      label: 'top-level visits to Astana',
    }
    case 'window-days': return {
      value: String(windowDays(list)),
      label: 'days from the first to the last',
    }
    case 'window-powers': return {
      value: String(windowPowers(list)),
      label: 'powers: the Great Powers and the EU',
    }
  }
}

/** A trade figure as a big number: value, and whose statistics in the label. */
export function tradeStat(partner: Exclude<PowerId, 'kazakhstan'>, year: number, statistics: StatisticsKind = 'kazakh'): Stat {
  const r = figure(partner, year, statistics)
  return {
    value: formatBillions(r.value),
    label: `${powerById[partner].short} ${year} · ${statisticsLabel[statistics]}`,
    power: partner,
  }
}
