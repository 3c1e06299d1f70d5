import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { defaultOutput } from '../../export/cli'
import { loadDeck } from '../../export/deck'
import { singleFileLimit } from '../../export/html'
import { noteParagraphs } from '../../reader/notes'
import { sharedExport } from './helpers'
import { blockTop, notesOnPage, readerReady } from './reader-page'

let deck: DeckSlide[]
let out: string
let html: string
let alone: string
let browser: Browser
let tmpLeft: string[]
const refused: string[] = []
const problems: string[] = []

let shared: Page | undefined

/**
 * The file alone, at `hash`, in the one page the tests share (a new page costs Chromium about twice a load
 * in an open one): every request that is not the file itself (or inline data) is refused, and each load
 * starts with empty storage, as in a new browser (the dark mode a test chose is not remembered).
 */
async function openFile(colorScheme: 'light' | 'dark' = 'light', hash = '#/1', viewport = { width: 1280, height: 720 }): Promise<Page> {
  if (!shared) {
    const context = await browser.newContext()
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue()
      refused.push(url)
      return route.abort('internetdisconnected')
    })
    await context.addInitScript(() => {
      try {
        localStorage.clear()
      }
      catch {
        // about:blank has no storage of its own
      }
    })
    const page = await context.newPage()
    page.on('pageerror', e => problems.push(`page error on ${page.url()}: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error')
        problems.push(`console error on ${page.url()}: ${m.text()}`)
    })
    shared = page
  }
  await shared.setViewportSize(viewport)
  await shared.emulateMedia({ colorScheme })
  // Through a blank page: another hash of the same file would otherwise only move within the page.
  await shared.goto('about:blank')
  await shared.goto(`${pathToFileURL(alone).href}${hash}`)
  return shared
}

/** The slide number and click step from the hash (#/7?clicks=2). */
function position(page: Page): { no: number, clicks: number } {
  const hash = new URL(page.url()).hash.replace(/^#\/?/, '')
  const [path, query] = hash.split('?')
  return {
    no: Number(path?.split('/')[0] || '1'),
    clicks: Number(new URLSearchParams(query).get('clicks') ?? '0'),
  }
}

beforeAll(async () => {
  deck = await loadDeck()
  out = mkdtempSync(join(tmpdir(), 'deck-single-'))
  // The HTML file of the shared `npm run export -- --all` (helpers.ts).
  const shared = await sharedExport()
  expect(shared.status, shared.output).toBe(0)
  html = join(shared.dir, defaultOutput('html', String(deck[0]!.frontmatter.exportFilename), false))
  // The one-file build says nothing that looks like a warning but is not (Vite's notice that it will not
  // empty the build folder, Rolldown's plugin timings), and the export says what it wrote.
  expect(shared.output).not.toMatch(/will not be emptied|PLUGIN_TIMINGS/)
  expect(shared.output).toContain(`export: wrote ${html} (`)
  tmpLeft = shared.tmpLeft
  const folder = join(out, 'alone')
  mkdirSync(folder)
  alone = join(folder, 'deck.html')
  copyFileSync(html, alone)
  browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
  if (out)
    rmSync(out, { recursive: true, force: true })
})

describe('npm run export -- --format html', () => {
  it('writes one file within the size budget, leaving no temporary files', () => {
    expect(statSync(html).size).toBeLessThanOrEqual(singleFileLimit)
    expect(tmpLeft).toEqual([])
    const text = readFileSync(html, 'utf8')
    expect(text).toMatch(/data:font\/woff2;base64,/)
    expect(text).not.toMatch(/<script[^>]+\bsrc="(?!data:)/)
    // Vue's production build: a development build (NODE_ENV=development leaking into the build) is larger
    // and carries the hot-reload runtime.
    expect(text).not.toContain('__VUE_HMR_RUNTIME__')
  })

  it('presents every slide and click step from file:// with no network, the font loaded and the charts drawn', async () => {
    const page = await openFile()
    const seen = new Set<number>()
    const chartSlides = new Set(deck.filter(s => /<(?:TradeChart|VisitTimeline|RouteMap)\b/.test(s.content)).map(s => s.no))
    const drawn = new Map<number, number>()
    let steps = 0
    await page.locator('.slidev-page-1').first().waitFor({ state: 'visible', timeout: 30_000 })
    for (;;) {
      const { no } = position(page)
      if (!seen.has(no)) {
        seen.add(no)
        await page.locator(`.slidev-page-${no} h1`).first().waitFor({ state: 'visible', timeout: 10_000 })
      }
      if (chartSlides.has(no)) {
        const marks = await page.locator(`.slidev-page-${no} svg[role="img"]`).evaluateAll(svgs =>
          svgs.reduce((n, svg) => n + svg.querySelectorAll('path, rect, circle, line').length, 0))
        drawn.set(no, Math.max(drawn.get(no) ?? 0, marks))
      }
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      const patience = no === deck.length
        ? 800
        : 5000
      if (!await page.waitForURL(url => url.href !== before, { timeout: patience }).then(() => true, () => false))
        break
      steps++
      expect(steps, 'more key presses than the deck can have').toBeLessThan(400)
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(deck.map(s => s.no))
    expect(steps).toBeGreaterThanOrEqual(deck.length - 1)
    expect(chartSlides.size).toBeGreaterThan(0)
    for (const no of chartSlides)
      expect(drawn.get(no) ?? 0, `chart marks on slide ${no}`).toBeGreaterThan(5)
    const font = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter(f => f.family.replace(/["']/g, '') === 'Source Sans 3' && f.status === 'loaded').length
    })
    expect(font).toBeGreaterThan(0)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.slidev-layout h1')!).fontFamily)).toMatch(/Source Sans 3/)
    expect(problems).toEqual([])
    expect(refused).toEqual([])
  })

  it('opens the overview and switches to dark mode from the file', async () => {
    const page = await openFile()
    await page.locator('.slidev-page-1').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.keyboard.press('o')
    await page.locator('.slidev-slide-container').nth(Math.min(deck.length, 4) - 1).waitFor({ state: 'visible', timeout: 10_000 })
    await page.keyboard.press('Escape')
    const dark = async (): Promise<boolean> => page.evaluate(() => document.documentElement.classList.contains('dark'))
    expect(await dark()).toBe(false)
    await page.keyboard.press('d')
    await expect.poll(dark).toBe(true)
    expect(problems).toEqual([])
    expect(refused).toEqual([])
  })
})

describe('the one-file HTML build\'s reader view', () => {
  it('opens #/reader#slide-12 from file:// with every slide and its notes, no network', async () => {
    const page = await openFile('light', '#/reader#slide-12', { width: 390, height: 844 })
    await readerReady(page, deck)
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(deck.map(s => s.title))
    const notes = await notesOnPage(page)
    for (const slide of deck)
      expect(notes[slide.no], `notes of slide ${slide.no}`).toEqual(noteParagraphs(slide.note))
    await expect.poll(() => blockTop(page, 12)).toBeLessThan(2)
    expect(problems).toEqual([])
    expect(refused).toEqual([])
  })
})
