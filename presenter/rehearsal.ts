/**
 * A rehearsal's record, pure: each arrival on a slide at an elapsed time (the timer's seconds, so a
 * pause counts for nothing); a slide's actual time is the sum of its visits. As CSV next to the plan.
 */
import type { PlannedSlide } from './plan'
import { clock } from './plan'

export interface Arrival {
  no: number
  /** Seconds on the timer when the slide was reached. */
  at: number
}

/** Seconds spent on each slide, the last visit running until `now`. */
export function actualSeconds(arrivals: Arrival[], now: number): Map<number, number> {
  const spent = new Map<number, number>()
  arrivals.forEach((a, i) => {
    const until = arrivals[i + 1]?.at ?? now
    spent.set(a.no, (spent.get(a.no) ?? 0) + Math.max(0, until - a.at))
  })
  return spent
}

/** A field of CSV, quoted when it needs to be. */
function field(value: string | number): string {
  const s = String(value)
  return /[",\n]/.test(s)
    ? `"${s.replace(/"/g, '""')}"`
    : s
}

/** The plan and the rehearsal side by side, a row per slide, seconds and m:ss, with a total row. */
export function rehearsalCsv(plan: PlannedSlide[], arrivals: Arrival[], now: number): string {
  const spent = actualSeconds(arrivals, now)
  const firstAt = new Map<number, number>()
  for (const a of arrivals) {
    if (!firstAt.has(a.no))
      firstAt.set(a.no, a.at)
  }
  const rows: (string | number)[][] = [
    [
      'slide',
      'title',
      'planned (s)',
      'actual (s)',
      'difference (s)',
      'planned',
      'actual',
      'planned start',
      'actual start',
    ],
  ]
  for (const p of plan) {
    const actual = Math.round(spent.get(p.no) ?? 0)
    const reached = firstAt.get(p.no)
    rows.push([
      p.no,
      p.title,
      p.seconds,
      actual,
      actual - p.seconds,
      clock(p.seconds),
      clock(actual),
      clock(p.start),
      reached === undefined
        ? ''
        : clock(reached),
    ])
  }
  const planned = plan.reduce((a, p) => a + p.seconds, 0)
  const total = Math.round([
    ...spent.values(),
  ].reduce((a, b) => a + b, 0))
  rows.push([
    '',
    'total',
    planned,
    total,
    total - planned,
    clock(planned),
    clock(total),
    '',
    '',
  ])
  return `${rows.map(r => r.map(field).join(',')).join('\n')}\n`
}
