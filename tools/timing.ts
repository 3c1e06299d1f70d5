import type { PlannedSlide } from '../presenter/plan.ts'
import process from 'node:process'
import { loadDeck } from '../export/deck.ts'
import { buildPlan, clock, readingMinutes, toSeconds } from '../presenter/plan.ts'

/**
 * `npm run timing`: the talk's plan, as the presenter view paces it: each slide's words of notes, its
 * planned time (its share of the headmatter's `duration`, or its `time:`) and its planned start, then
 * the total and the speaking rate it asks for.
 */

/** The table's lines, ready to print. */
export function timingTable(plan: PlannedSlide[], duration: number): string[] {
  const words = plan.reduce((a, p) => a + p.words, 0)
  const total = plan.reduce((a, p) => a + p.seconds, 0)
  const width = Math.min(60, Math.max(...plan.map(p => p.title.length)))
  const cut = (t: string) => t.length > width
    ? `${t.slice(0, width - 1)}…`
    : t.padEnd(width)
  const lines = [`slide  ${'title'.padEnd(width)}  words  planned  start`]
  for (const p of plan) {
    const planned = `${clock(p.seconds)}${p.fixed ? '*' : ' '}`
    lines.push(`${String(p.no).padStart(5)}  ${cut(p.title)}  ${String(p.words).padStart(5)}  ${planned.padStart(7)}  ${clock(p.start).padStart(5)}`)
  }
  const { slow, fast } = readingMinutes(words)
  lines.push(
    `total  ${''.padEnd(width)}  ${String(words).padStart(5)}  ${clock(total).padStart(6)}`,
    '',
    `duration ${clock(duration)} (headmatter); * = set by the slide's time:`,
    `${words} words: ${clock(fast * 60)} at 150 words a minute, ${clock(slow * 60)} at 130; the plan reads them at ${Math.round(words / (total / 60))} a minute`,
  )
  return lines
}

const deck = await loadDeck()
const duration = toSeconds(deck[0]?.frontmatter.duration)
if (duration === undefined) {
  console.error('timing: slides.md sets no duration in its headmatter (e.g. duration: 20min)')
  process.exit(1)
}
const plan = buildPlan(deck.map(s => ({
  no: s.no,
  title: s.title,
  note: s.note,
  time: s.frontmatter.time,
})), duration)
console.log(timingTable(plan, duration).join('\n'))
