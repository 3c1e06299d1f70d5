import type { Visit, When } from './schemas/visits.ts'

/**
 * The visit sequence as plain records: typed by their schema (data/schemas/visits.ts) and checked
 * against it in Node (data/validate.ts), so the browser gets them without zod.
 */
export type { Visit, When }

export const visits: Visit[] = [
  {
    id: 'lu-may',
    when: { precision: 'day', date: '2022-05-27' },
    power: 'us',
    who: 'Donald Lu',
    role: 'Assistant Secretary of State',
    label: 'Lu, earlier visit',
    what: 'Earlier visit: the last stop of a 23–27 May regional tour',
    place: 'Kazakhstan',
    inWindow: false,
    sources: ['article', 'S5'],
  },
  {
    id: 'putin-call',
    when: { precision: 'early-month', month: '2022-08' },
    power: 'russia',
    who: 'Vladimir Putin and Kassym-Jomart Tokayev',
    label: 'Telephone call',
    what: 'Telephone call (exact day not known)',
    place: '—',
    inWindow: false,
    sources: ['article'],
  },
  {
    id: 'army-games',
    when: { precision: 'range', start: '2022-08-13', end: '2022-08-27' },
    power: 'russia',
    who: 'Kazakhstan\'s armed forces',
    label: 'Army Games',
    what: 'Take part in the Army Games; Kazakhstan hosts three of the contests',
    place: 'Kazakhstan and other hosts',
    inWindow: false,
    sources: ['article', 'S3'],
  },
  {
    id: 'sochi',
    when: { precision: 'day', date: '2022-08-19' },
    power: 'russia',
    who: 'Kassym-Jomart Tokayev with Vladimir Putin',
    label: 'Sochi meeting',
    what: 'Meeting in Sochi',
    place: 'Sochi, Russia',
    inWindow: false,
    sources: ['article', 'S2'],
  },
  {
    id: 'xi',
    when: { precision: 'day', date: '2022-09-14' },
    power: 'china',
    who: 'Xi Jinping',
    role: 'President',
    label: 'Xi Jinping',
    what: 'State visit; his first foreign trip since the pandemic began in 2020',
    place: 'Kazakhstan',
    inWindow: true,
    sources: ['article'],
  },
  {
    id: 'putin-cica',
    when: { precision: 'day', date: '2022-10-12' },
    power: 'russia',
    who: 'Vladimir Putin',
    role: 'President',
    label: 'Putin',
    what: 'Sixth CICA summit (12–13 October)',
    place: 'Astana',
    inWindow: true,
    sources: ['article', 'S6'],
  },
  {
    id: 'michel',
    when: { precision: 'day', date: '2022-10-27' },
    power: 'eu',
    who: 'Charles Michel',
    role: 'President of the European Council',
    label: 'Michel',
    what: 'Talks with Tokayev (visit 26–27 October)',
    place: 'Astana',
    inWindow: true,
    sources: ['article', 'S4'],
  },
  {
    id: 'lu-nov',
    when: { precision: 'range', start: '2022-11-06', end: '2022-11-11' },
    power: 'us',
    who: 'Donald Lu',
    role: 'Assistant Secretary of State',
    label: 'Lu',
    what: 'Tour of Kazakhstan, Turkmenistan and Uzbekistan',
    place: 'Central Asia',
    inWindow: true,
    sources: ['article'],
  },
  {
    id: 'borrell',
    when: { precision: 'range', start: '2022-11-16', end: '2022-11-17' },
    power: 'eu',
    who: 'Josep Borrell',
    role: 'High Representative for Foreign Affairs and Security Policy',
    label: 'Borrell',
    what: 'Visit to Astana',
    place: 'Astana',
    inWindow: true,
    sources: ['article'],
  },
  {
    id: 'election',
    when: { precision: 'day', date: '2022-11-20' },
    power: 'kazakhstan',
    who: 'Kazakhstan\'s voters',
    label: 'Election',
    what: 'Snap presidential election; Tokayev re-elected with 81.31% (preliminary result)',
    place: 'Kazakhstan',
    inWindow: false,
    sources: ['article', 'S7'],
  },
]

/** The first and last day an event may cover, as ISO dates ("early" = days 1–10 of the month). */
export function spanOf(when: When): { start: string, end: string } {
  switch (when.precision) {
    case 'day': return { start: when.date, end: when.date }
    case 'range': return { start: when.start, end: when.end }
    case 'early-month': return { start: `${when.month}-01`, end: `${when.month}-10` }
  }
}

/** English month names, January first. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function dayMonth(iso: string): { day: number, month: string, year: string } {
  const [y, m, d] = iso.split('-')
  return {
    day: Number(d),
    month: monthNames[Number(m) - 1]!,
    year: y!,
  }
}

/** "14 September 2022", "13–27 August 2022", "early August 2022". */
export function formatWhen(when: When, withYear = true): string {
  const y = (s: string) => (withYear
    ? ` ${s}`
    : '')
  switch (when.precision) {
    case 'day': {
      const d = dayMonth(when.date)
      return `${d.day} ${d.month}${y(d.year)}`
    }
    case 'range': {
      const a = dayMonth(when.start)
      const b = dayMonth(when.end)
      return a.month === b.month
        ? `${a.day}–${b.day} ${b.month}${y(b.year)}`
        : `${a.day} ${a.month} – ${b.day} ${b.month}${y(b.year)}`
    }
    case 'early-month': {
      const d = dayMonth(`${when.month}-01`)
      return `early ${d.month}${y(d.year)}`
    }
  }
}
