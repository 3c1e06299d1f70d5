import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import type { StaticServer } from '../../tools/serve'
import type { ServedDeck } from './helpers'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../export/deck'
import { noteParagraphs } from '../../reader/notes'
import { serveStatic } from '../../tools/serve'
import { axeFindings } from './axe'
import { servedDeck } from './helpers'
import { blockTop, notesOnPage, readerReady } from './reader-page'

/**
 * The reader view (`/reader`, reader/ReaderPage.vue) of the built deck: every slide with its notes,
 * one h1 and one h2 per slide, no sideways scroll from 390 px up, axe-clean in light and dark, only
 * loaded when opened, and working from the one-file HTML build (`#/reader`).
 */

interface Opened {
  page: Page
  problems: string[]
  requests: string[]
}

let deck: DeckSlide[]
let title: string
let dist: string
let server: StaticServer
let browser: Browser
let opened: ServedDeck<StaticServer>

type Log = Omit<Opened, 'page'>

/** A page that records its requests and its console and page errors into the log `current()` gives. */
async function recordingPage(current: () => Log): Promise<Page> {
  const page = await browser.newPage({ reducedMotion: 'reduce' })
  page.on('request', r => current().requests.push(r.url()))
  page.on('pageerror', e => current().problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error')
      current().problems.push(`console error: ${m.text()}`)
  })
  return page
}

let reused: Page | undefined
let log: Log = { problems: [], requests: [] }

/**
 * `path` of the built deck loaded at a window size and colour scheme, in the one page the tests share
 * (a new page costs Chromium about twice what loading another address in an open one does), recording
 * from here on. It goes through a blank page, so that /reader#slide-12 after /reader is loaded, not
 * only scrolled to.
 */
async function open(path: string, width = 390, height = 844, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  reused ??= await recordingPage(() => log)
  await reused.setViewportSize({ width, height })
  await reused.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
  await reused.goto('about:blank')
  log = { problems: [], requests: [] }
  await reused.goto(`${server.url}${path}`)
  return { page: reused, ...log }
}

/** The built files of the reader: the chunks that mention its page class. */
function readerAssets(): string[] {
  const assets = join(dist, 'assets')
  return readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter(f => /\.(?:js|css)$/.test(f) && readFileSync(join(assets, f), 'utf8').includes('deck-reader'))
}

function offHost(requests: string[]): string[] {
  const origin = new URL(server.url).origin
  return requests.filter(u => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
}

beforeAll(async () => {
  deck = await loadDeck()
  title = String(deck[0]!.frontmatter.title)
  opened = await servedDeck(serveStatic)
  server = opened.server
  browser = opened.browser
  dist = opened.dir
})

afterAll(async () => {
  await opened?.close()
})

describe.each([
  [390, 844, 'light'],
  [390, 844, 'dark'],
  [1280, 800, 'light'],
  [1280, 800, 'dark'],
] as const)('/reader at %i×%i, %s', (width, height, scheme) => {
  it('shows every slide with its notes, one h1 and one h2 per slide, no sideways scroll, axe-clean', async () => {
    const { page, problems, requests } = await open('reader', width, height, scheme)
    await readerReady(page, deck)
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([title])
    expect(await page.title()).toBe(`Reader view: ${title}`)
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(deck.map(s => s.title))
    expect(await page.locator('section[id^="slide-"]').evaluateAll(els => els.map(e => e.id))).toEqual(deck.map(s => `slide-${s.no}`))
    const notes = await notesOnPage(page)
    for (const slide of deck) {
      expect(noteParagraphs(slide.note).length, `slide ${slide.no} has notes`).toBeGreaterThan(0)
      expect(notes[slide.no], `notes of slide ${slide.no}`).toEqual(noteParagraphs(slide.note))
    }
    const sizes = await page.locator('.reader-notes p').evaluateAll(ps => ps.map(p => Number.parseFloat(getComputedStyle(p).fontSize)))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16)
    const scroll = await page.evaluate(() => ({ width: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }))
    expect(scroll.width).toBeLessThanOrEqual(scroll.client)
    expect(await axeFindings(page)).toEqual([])
    expect(problems).toEqual([])
    expect(offHost(requests)).toEqual([])
  })
})

describe('/reader, opened at a slide and from the deck', () => {
  it('opens /reader#slide-12 at slide 12', async () => {
    const { page, problems } = await open('reader#slide-12')
    await readerReady(page, deck)
    await expect.poll(() => blockTop(page, 12)).toBeLessThan(2)
    expect(await blockTop(page, 12)).toBeGreaterThan(-2)
    expect(problems).toEqual([])
  })

  it('goes to a slide from the contents, focus on its heading', async () => {
    const { page, problems } = await open('reader', 1280, 800)
    await readerReady(page, deck)
    await page.getByText(/^Contents:/).click()
    await page.getByRole('navigation', { name: 'Slides' }).getByRole('link', { name: deck[4]!.title }).click()
    await expect.poll(() => page.url()).toMatch(/\/reader#slide-5$/)
    await expect.poll(() => blockTop(page, 5)).toBeLessThan(2)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('slide-5-title')
    expect(problems).toEqual([])
  })

  it('is not loaded by the deck\'s first page; the navigation bar\'s "Reader view" opens it at the current slide', async () => {
    const chunks = readerAssets()
    expect(chunks.length).toBeGreaterThan(0)
    // A page of its own: one that has shown the reader would have its chunks in its memory cache.
    const { problems, requests }: Log = { problems: [], requests: [] }
    const page = await recordingPage(() => ({ problems, requests }))
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(`${server.url}3`)
    await page.locator('.slidev-page-3 h1').first().waitFor({ state: 'visible' })
    await page.waitForLoadState('networkidle')
    expect(requests.filter(u => chunks.some(c => u.endsWith(c)))).toEqual([])
    await page.mouse.move(30, 690)
    await page.getByRole('link', { name: 'Reader view' }).click()
    await expect.poll(() => page.url()).toMatch(/\/reader#slide-3$/)
    await readerReady(page, deck)
    expect(requests.filter(u => chunks.some(c => u.endsWith(c))).length).toBeGreaterThan(0)
    await expect.poll(() => blockTop(page, 3)).toBeLessThan(2)
    expect(problems).toEqual([])
    await page.close()
  })
})
