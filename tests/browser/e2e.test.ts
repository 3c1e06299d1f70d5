import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import type { StaticServer } from '../../tools/serve'
import type { ServedDeck } from './helpers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../export/deck'
import { splitTitle } from '../../layouts/title'
import { showSlide } from '../../tools/room/measure'
import { serveStatic } from '../../tools/serve'
import { sharedSubPath } from './global-setup'
import { servedDeck } from './helpers'

const base = sharedSubPath

let deck: DeckSlide[]
let server: StaticServer
let browser: Browser
let opened: ServedDeck<StaticServer>
const requests: string[] = []
const problems: string[] = []

let shared: Page | undefined

/**
 * The page the tests share, recording every request and every console or page error; each test loads
 * its address in it (a new page costs Chromium about twice what a load in an open one does).
 */
async function openPage(): Promise<Page> {
  if (shared)
    return shared
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  page.on('request', r => requests.push(r.url()))
  page.on('pageerror', e => problems.push(`page error on ${page.url()}: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`console error on ${page.url()}: ${m.text()}`)
  })
  shared = page
  return page
}

/** The slide number and click step the URL shows. */
function position(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url())
  const no = Number(url.pathname.slice(base.length).split('/')[0] || '1')
  return {
    no,
    clicks: Number(url.searchParams.get('clicks') ?? '0'),
  }
}

async function currentHeading(page: Page, no = position(page).no): Promise<string> {
  const h1 = page.locator(`.slidev-page-${no} h1`).first()
  await h1.waitFor({ state: 'visible', timeout: 10_000 })
  return typographic((await h1.innerText()).trim())
}

/** Markdown's typographer turns straight quotes and dashes into curly ones; compare without that. */
function typographic(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
}

/**
 * The heading text as the slide's markdown gives it (markdown and components stripped); the title
 * slide's heading is the deck's title up to its first ": " (layouts/cover.vue).
 */
function plainTitle(slide: DeckSlide): string {
  if (slide.frontmatter.layout === 'cover')
    return typographic(splitTitle(slide.title).heading)
  const line = slide.content.split('\n').find(l => /^# \S/.test(l)) ?? ''
  return typographic(line.replace(/^# /, '').replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').trim())
}

beforeAll(async () => {
  deck = await loadDeck()
  opened = await servedDeck(serveStatic, base)
  server = opened.server
  browser = opened.browser
})

afterAll(async () => {
  await opened?.close()
})

describe('the built deck under a sub-path, in Chromium', () => {
  it('goes through every slide and click step by keyboard with no error, each heading visible', async () => {
    const page = await openPage()
    await page.goto(`${server.url}1`)
    await currentHeading(page)
    const seen = new Map<number, string>()
    let steps = 0
    for (;;) {
      const { no } = position(page)
      if (!seen.has(no))
        seen.set(no, await currentHeading(page))
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      // The key moved us on when the URL changes; on the last slide's last step it never does.
      // Elsewhere a slow machine gets a generous wait before the walk counts as stuck.
      const patience = position(page).no === deck.length
        ? 800
        : 5000
      const moved = await page.waitForURL(url => url.href !== before, { timeout: patience }).then(() => true, () => false)
      if (!moved)
        break
      steps++
      expect(steps, 'more key presses than the deck can have').toBeLessThan(400)
    }
    expect([
      ...seen.keys(),
    ]).toEqual(deck.map(s => s.no))
    for (const slide of deck)
      expect(seen.get(slide.no), `slide ${slide.no}`).toBe(plainTitle(slide))
    expect(steps).toBeGreaterThanOrEqual(deck.length - 1)
    expect(problems).toEqual([])
  })

  it('reloads a deep link under the sub-path', async () => {
    const page = await openPage()
    const target = deck[Math.floor(deck.length / 2)]!
    await page.goto(`${server.url}${target.no}`)
    await page.reload()
    expect(await currentHeading(page)).toBe(plainTitle(target))
    expect(position(page).no).toBe(target.no)
  })

  it('opens the presenter view with the current slide\'s notes', async () => {
    const page = await openPage()
    const target = deck[2]!
    await page.goto(`${server.url}presenter/${target.no}`)
    const firstWords = target.note.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).slice(0, 6).join(' ')
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor({ state: 'visible', timeout: 10_000 })
    expect((await notes.innerText()).replace(/\s+/g, ' ')).toContain(firstWords)
  })

  it('opens the overview with every slide', async () => {
    const page = await openPage()
    await page.goto(`${server.url}overview`)
    for (const slide of deck)
      await page.locator(`.slidev-page-${slide.no} h1`).first().waitFor({ state: 'attached', timeout: 10_000 })
  })

  it('shows each chart as an SVG with an accessible name on its slide', async () => {
    const page = await openPage()
    const charts = ['TradeChart', 'VisitTimeline', 'RouteMap']
    let found = 0
    for (const slide of deck) {
      const used = charts.filter(c => slide.content.includes(`<${c}`))
      if (!used.length)
        continue
      // The first chart's slide is loaded, the others reached by the deck's router.
      await showSlide(page, server.url, `${slide.no}?clicks=99`, !found)
      const svgs = page.locator(`.slidev-page-${slide.no} svg[role="img"]`)
      await svgs.first().waitFor({ state: 'visible', timeout: 10_000 })
      expect(await svgs.count(), `slide ${slide.no}`).toBeGreaterThanOrEqual(used.length)
      for (const svg of await svgs.all()) {
        const name = await svg.evaluate((el) => {
          const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
          return ids.map(id => document.getElementById(id)?.textContent ?? '').join(' ').trim()
        })
        expect(name.length, `accessible name of a chart on slide ${slide.no}`).toBeGreaterThan(10)
      }
      found += used.length
    }
    expect(found).toBeGreaterThanOrEqual(charts.length)
  })

  it('fetched nothing from any host but the deck\'s own', () => {
    const origin = new URL(server.url).origin
    expect(requests.length).toBeGreaterThan(10)
    const foreign = requests.filter(u => !u.startsWith(`${origin}/`) && !/^(?:data|blob):/.test(u))
    expect(foreign).toEqual([])
  })
})
