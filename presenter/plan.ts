/**
 * The talk's plan, pure: each slide's planned time is its share of the headmatter's `duration` in
 * proportion to the words of its speaker notes, unless its frontmatter sets `time:` (`90s`, `2min`,
 * `1:30`). Used by `npm run timing` (notes in Markdown) and the presenter view (notes as Slidev renders
 * them), so both count words the same way. Times are read as Slidev reads `duration`.
 */
import { parseTimeString } from '@slidev/parser/utils'
import { plainNote } from '../export/notes-text.ts'

/** What the plan needs of a slide. */
export interface PlanInput {
  no: number
  title: string
  /** The speaker notes, Markdown or rendered HTML. */
  note: string
  /** The frontmatter's `time:`, if any. */
  time?: unknown
}

/** A slide of the plan: seconds, whole. */
export interface PlannedSlide {
  no: number
  title: string
  words: number
  /** True when the frontmatter's `time:` set it. */
  fixed: boolean
  seconds: number
  start: number
}

/** The advertised length of the talk, in minutes, and the speaking rates it is read at (words a minute). */
export const advertisedMinutes = { min: 15, max: 20 } as const
export const speakingRate = { min: 130, max: 150 } as const

/** Words a presenter says: markup, `[click]` markers and entities taken out; a word has a letter or a digit. */
export function countWords(note: string): number {
  return plainNote(note)
    .split(/\s+/)
    .filter(w => /[\p{L}\p{N}]/u.test(w))
    .length
}

/** Seconds of a Slidev time (`20min`, `90s`, `1:30`, a number of seconds); undefined if unset or unreadable. */
export function toSeconds(time: unknown): number | undefined {
  if (typeof time !== 'string' && typeof time !== 'number')
    return undefined
  try {
    const { seconds } = parseTimeString(time)
    return Number.isFinite(seconds) && seconds > 0
      ? seconds
      : undefined
  }
  catch {
    return undefined
  }
}

/** Whole seconds in proportion to `weights`, summing exactly to `total` (largest remainders). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0 || total <= 0)
    return weights.map(() => 0)
  const exact = weights.map(w => total * w / sum)
  const out = exact.map(Math.floor)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  const missing = total - out.reduce((a, b) => a + b, 0)
  for (let k = 0; k < missing; k++)
    out[order[k % order.length]![1]]! += 1
  return out
}

/** The plan of `slides` over `duration` seconds; slides with `time:` keep it, the rest share what is left. */
export function buildPlan(slides: PlanInput[], duration: number): PlannedSlide[] {
  const fixed = slides.map(s => toSeconds(s.time))
  const words = slides.map(s => countWords(s.note))
  const left = Math.max(0, Math.round(duration) - fixed.reduce<number>((a, t) => a + Math.round(t ?? 0), 0))
  const shares = apportion(left, words.map((w, i) => fixed[i] === undefined
    ? w
    : 0))
  let start = 0
  return slides.map((s, i) => {
    const f = fixed[i]
    const seconds = f === undefined
      ? shares[i]!
      : Math.round(f)
    const row = {
      no: s.no,
      title: s.title,
      words: words[i]!,
      fixed: f !== undefined,
      seconds,
      start,
    }
    start += seconds
    return row
  })
}

/** The planned start of slide `no` and its end, in seconds; undefined for a slide not in the plan. */
export function slideWindow(plan: PlannedSlide[], no: number): { start: number, end: number } | undefined {
  const s = plan.find(p => p.no === no)
  return s && { start: s.start, end: s.start + s.seconds }
}

/** `m:ss` (or `h:mm:ss`) of a number of seconds, rounded; negative values get a minus sign. */
export function clock(seconds: number): string {
  const t = Math.round(Math.abs(seconds))
  const h = Math.floor(t / 3600)
  const m = Math.floor(t / 60) % 60
  const s = String(t % 60).padStart(2, '0')
  const sign = seconds < 0 && t > 0
    ? '−'
    : ''
  return h > 0
    ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}`
    : `${sign}${m}:${s}`
}

/** Minutes the notes take at the slowest and the fastest speaking rate. */
export function readingMinutes(words: number): { slow: number, fast: number } {
  return { slow: words / speakingRate.min, fast: words / speakingRate.max }
}
