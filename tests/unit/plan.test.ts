import type { DeckSlide } from '../../export/deck'
import type { PlanInput } from '../../presenter/plan'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../export/deck'
import { pacing, pacingText } from '../../presenter/pacing'
import { advertisedMinutes, buildPlan, clock, countWords, readingMinutes, speakingRate, toSeconds } from '../../presenter/plan'
import { actualSeconds, rehearsalCsv } from '../../presenter/rehearsal'

/** The talk's plan (presenter/plan.ts), the pacing text and the rehearsal's CSV; the deck's own timing. */

const words = (n: number) => Array.from({ length: n }).fill('word').join(' ')
const three: PlanInput[] = [
  {
    no: 1,
    title: 'One',
    note: words(100),
  },
  {
    no: 2,
    title: 'Two',
    note: words(200),
  },
  {
    no: 3,
    title: 'Three',
    note: words(100),
  },
]

describe('the plan', () => {
  it('counts the words said: no markup, no [click] markers, no entities or dashes alone', () => {
    expect(countWords('One [click] two, **three** – four')).toBe(4)
    expect(countWords('<p>One <span class="slidev-note-click-mark" data-clicks="1"></span>two&nbsp;&quot;three&quot;</p>')).toBe(3)
  })

  it('reads times as Slidev does', () => {
    expect(toSeconds('20min')).toBe(1200)
    expect(toSeconds('90s')).toBe(90)
    expect(toSeconds('1:30')).toBe(90)
    expect(toSeconds(undefined)).toBeUndefined()
    expect(toSeconds('soon')).toBeUndefined()
  })

  it('shares the duration in proportion to the words, in whole seconds that add up to it', () => {
    const plan = buildPlan(three, 400)
    expect(plan.map(p => p.seconds)).toEqual([100, 200, 100])
    expect(plan.map(p => p.start)).toEqual([0, 100, 300])
    expect(buildPlan(three, 401).reduce((a, p) => a + p.seconds, 0)).toBe(401)
  })

  it('keeps a slide\'s time: and shares the rest among the others', () => {
    const plan = buildPlan([
      { ...three[0]!, time: '90s' },
      three[1]!,
      three[2]!,
    ], 390)
    expect(plan.map(p => [p.seconds, p.fixed])).toEqual([
      [90, true],
      [200, false],
      [100, false],
    ])
  })

  it('writes m:ss', () => {
    expect(clock(40)).toBe('0:40')
    expect(clock(70.4)).toBe('1:10')
    expect(clock(1200)).toBe('20:00')
    expect(clock(3725)).toBe('1:02:05')
  })
})

describe('pacing', () => {
  const plan = buildPlan(three, 400)
  it('is ahead before the slide\'s planned start, behind after its planned end, on plan between (±15 s)', () => {
    expect(pacingText(pacing(plan, 2, 60))).toBe('0:40 ahead of plan')
    expect(pacingText(pacing(plan, 2, 90))).toBe('on plan')
    expect(pacingText(pacing(plan, 2, 250))).toBe('on plan')
    expect(pacingText(pacing(plan, 2, 314))).toBe('on plan')
    expect(pacingText(pacing(plan, 2, 370))).toBe('1:10 behind plan')
    expect(pacing(plan, 1, 0)).toEqual({ kind: 'on', seconds: 0 })
  })

  it('rounds the words to 5 seconds, so the live region does not change every second', () => {
    expect(pacingText({ kind: 'behind', seconds: 72 })).toBe('1:10 behind plan')
    expect(pacingText({ kind: 'ahead', seconds: 43 })).toBe('0:45 ahead of plan')
  })
})

describe('the rehearsal', () => {
  it('adds up the visits of a slide, the last one until now', () => {
    const spent = actualSeconds([
      { no: 1, at: 0 },
      { no: 2, at: 50 },
      { no: 1, at: 80 },
      { no: 2, at: 90 },
    ], 120)
    expect([...spent]).toEqual([
      [1, 60],
      [2, 60],
    ])
  })

  it('writes the plan and the actual times as CSV, with a total', () => {
    const csv = rehearsalCsv(buildPlan([
      ...three,
      {
        no: 4,
        title: 'Four, "last"',
        note: words(10),
      },
    ], 410), [
      { no: 1, at: 0 },
      { no: 2, at: 120 },
    ], 300)
    const lines = csv.trim().split('\n')
    expect(lines[0]).toBe('slide,title,planned (s),actual (s),difference (s),planned,actual,planned start,actual start')
    expect(lines[1]).toBe('1,One,100,120,20,1:40,2:00,0:00,0:00')
    expect(lines[2]).toBe('2,Two,200,180,-20,3:20,3:00,1:40,2:00')
    expect(lines[4]).toBe('4,"Four, ""last""",10,0,-10,0:10,0:00,6:40,')
    expect(lines[5]).toBe(',total,410,300,-110,6:50,5:00,,')
  })
})

describe('the deck\'s timing (the headmatter\'s duration, the notes)', () => {
  let deck: DeckSlide[]
  beforeAll(async () => {
    deck = await loadDeck()
  })

  it('plans the whole duration, slide by slide, and the notes read in 15–20 minutes at 130–150 words a minute', () => {
    const duration = toSeconds(deck[0]!.frontmatter.duration)
    expect(duration, 'slides.md sets a duration in its headmatter').toBeDefined()
    const plan = buildPlan(deck.map(s => ({
      no: s.no,
      title: s.title,
      note: s.note,
      time: s.frontmatter.time,
    })), duration!)
    expect(plan.reduce((a, p) => a + p.seconds, 0)).toBe(duration)
    const total = plan.reduce((a, p) => a + p.words, 0)
    const { slow, fast } = readingMinutes(total)
    expect(fast, `${total} words at ${speakingRate.max} a minute`).toBeGreaterThanOrEqual(advertisedMinutes.min)
    expect(slow, `${total} words at ${speakingRate.min} a minute`).toBeLessThanOrEqual(advertisedMinutes.max)
    expect(duration! / 60).toBeGreaterThanOrEqual(advertisedMinutes.min)
    expect(duration! / 60).toBeLessThanOrEqual(advertisedMinutes.max)
    for (const p of plan)
      expect(p.seconds, `slide ${p.no} "${p.title}"`).toBeGreaterThan(0)
  })
})
