import type { Browser } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import type { StaticServer } from '../../tools/serve'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { loadDeck } from '../../export/deck'
import { serveStatic } from '../../tools/serve'
import { axeFindings } from './axe'
import { buildDeck, cleanTemp } from './helpers'

let deck: DeckSlide[]
let dist: string
let server: StaticServer
let browser: Browser

beforeAll(async () => {
  deck = await loadDeck()
  const built = buildDeck('/')
  expect(built.result.status, built.result.output).toBe(0)
  dist = built.dir
  server = await serveStatic(dist, '/')
  browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  cleanTemp()
})

describe.each(['light', 'dark'] as const)('axe-core on every slide, all click steps shown, %s mode', (scheme) => {
  it('finds no serious or critical violation in the deck\'s own content', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: scheme,
      reducedMotion: 'reduce',
    })
    const found: string[] = []
    for (const slide of deck) {
      await page.goto(`${server.url}${slide.no}?clicks=99`)
      await page.locator(`.slidev-page-${slide.no} h1`).first().waitFor({ state: 'visible' })
      await page.evaluate(() => document.fonts.ready)
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
      await page.waitForTimeout(700)
      for (const finding of await axeFindings(page, `.slidev-page-${slide.no}`))
        found.push(`slide ${slide.no}: ${finding}`)
    }
    await page.close()
    expect(found).toEqual([])
  })
})
