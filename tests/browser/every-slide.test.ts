import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import type { RoomFailure, SlideRow } from '../../tools/room/rules'
import type { HeaderServer } from '../../tools/serve-headers'
import type { ServedDeck } from './helpers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { missingClaims } from '../../data/claims'
import { loadDeck } from '../../export/deck'
import { measureDeck, settle } from '../../tools/room/measure'
import { accessibleGraphics, roomFailures, rules, sourcesSlide } from '../../tools/room/rules'
import { serveWithHeaders } from '../../tools/serve-headers'
import { axeFindings } from './axe'
import { servedDeck } from './helpers'
import { watched } from './watch'

/**
 * Every slide with every click step shown, in light and in dark mode, walked once per mode in the built
 * deck served with its own headers (its content security policy): on each still slide, the room rules'
 * measure (tools/room/), axe-core, the 16:9 frame and the policy are checked in the same visit.
 * The measure's own tests, on made-up slides, are in room.test.ts.
 */

type Scheme = 'light' | 'dark'

interface Walk {
  rows: SlideRow[]
  /** Per check, one line per finding, each naming its slide. */
  axe: string[]
  frame: string[]
  policy: string[]
}

let deck: DeckSlide[]
let server: HeaderServer
let browser: Browser
let opened: ServedDeck<HeaderServer>
const walks = {} as Record<Scheme, Walk>

/** In the page: every element of slide `no` drawn beyond its 16:9 frame (hidden text left out). */
function outsideFrame(no: number): string[] {
  const root = document.querySelector(`.slidev-page-${no} .slidev-layout`)!
  const frame = root.getBoundingClientRect()
  const bad: string[] = []
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('.sr-only') || el.closest('title, desc'))
      continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0)
      continue
    if (r.right > frame.right + 1 || r.bottom > frame.bottom + 1 || r.left < frame.left - 1 || r.top < frame.top - 1) {
      const cls = el.className && typeof el.className === 'string'
        ? `.${el.className.split(' ')[0]}`
        : ''
      bad.push(`${el.tagName.toLowerCase()}${cls} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    }
  }
  return bad
}

/** Opens every slide in `scheme` in `page` and runs the four checks on it. */
async function walk(page: Page, problems: () => Promise<string[]>, scheme: Scheme): Promise<Walk> {
  const found: Walk = {
    rows: [],
    axe: [],
    frame: [],
    policy: [],
  }
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto(`${server.url}1`)
  await settle(page)
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), `${scheme} mode`).toBe(scheme === 'dark')
  found.rows = await measureDeck(page, server.url, deck, async (slide) => {
    found.axe.push(...(await axeFindings(page, `.slidev-page-${slide.no}`)).map(f => `slide ${slide.no}: ${f}`))
    found.frame.push(...(await page.evaluate(outsideFrame, slide.no)).map(o => `slide ${slide.no}: ${o}`))
    found.policy.push(...(await problems()).map(p => `slide ${slide.no}: ${p}`))
  })
  return found
}

function messages(failures: RoomFailure[], rule: RoomFailure['rule']): string[] {
  return failures.filter(f => f.rule === rule).map(f => f.message)
}

beforeAll(async () => {
  deck = await loadDeck()
  opened = await servedDeck(serveWithHeaders)
  server = opened.server
  browser = opened.browser
  // One page for both walks, each loading the deck afresh in its scheme: a new page costs Chromium about
  // twice what a load in an open one does.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  try {
    const problems = await watched(page)
    walks.light = await walk(page, problems, 'light')
    walks.dark = await walk(page, problems, 'dark')
  }
  finally {
    await page.close()
  }
})

afterAll(async () => {
  await opened?.close()
})

describe('every slide, every click step shown, made for the room', () => {
  it('ends with the sources slide, the one slide exempt from the text and band rules', () => {
    const last = deck.at(-1)!
    expect(sourcesSlide(deck), `the last slide is "${last.title}"`).toBe(last.no)
  })

  it(`leaves no empty band over ${rules.maxBand * 100} % of the height between the content and the footer zone`, () => {
    expect(messages(roomFailures(walks.light.rows), 'band')).toEqual([])
  })

  it(`carries at most ${rules.maxWords} words of body text per slide, median at most ${rules.maxMedianWords}`, () => {
    const failures = roomFailures(walks.light.rows)
    expect([
      ...messages(failures, 'words'),
      ...messages(failures, 'median'),
    ]).toEqual([])
  })

  it(`sets no text under ${rules.minFont} px on the 980 px canvas, chart text included, source lines exempt`, () => {
    expect(messages(roomFailures(walks.light.rows), 'font')).toEqual([])
  })

  it(`shows an accessible graphic of at least ${rules.graphicArea * 100} % of the frame on ${rules.minGraphicSlides} slides or more, light and dark`, () => {
    expect(messages(roomFailures(walks.light.rows), 'graphics'), 'light mode').toEqual([])
    expect(messages(roomFailures(walks.dark.rows), 'graphics'), 'dark mode').toEqual([])
  })

  it('shows the same accessible graphics in dark mode as in light mode', () => {
    const names = (r: SlideRow): string[] => accessibleGraphics(r).map(g => g.name)
    const differ = walks.light.rows.flatMap((l, i) => {
      const d = walks.dark.rows[i]!
      return JSON.stringify(names(l)) === JSON.stringify(names(d))
        ? []
        : [`slide ${l.no} "${l.title}": light ${names(l).length} accessible graphics, dark ${names(d).length}`]
    })
    expect(differ).toEqual([])
  })
})

describe('every claim of the article is visible on a slide', () => {
  it('shows a few words of each claim of data/claims.ts in the rendered slides (text or chart labels), every step shown', () => {
    const text = walks.light.rows.map(r => r.visibleText).join(' \n ').replace(/[‘’]/g, '\'')
    expect(missingClaims(text, 'onSlide')).toEqual([])
    // The check reads what is shown, not the notes: a phrase of the notes only is not found.
    expect(text).not.toMatch(/two largest neighbours/)
  })
})

describe.each(['light', 'dark'] as const)('every slide, all click steps shown, %s mode', (scheme) => {
  it('axe-core finds no serious or critical violation in the deck\'s own content', () => {
    expect(walks[scheme].axe).toEqual([])
  })

  it('keeps every slide\'s content inside its 16:9 frame', () => {
    expect(walks[scheme].frame).toEqual([])
  })

  it('runs under the content security policy with no violation and no console error', () => {
    expect(walks[scheme].policy).toEqual([])
  })
})
