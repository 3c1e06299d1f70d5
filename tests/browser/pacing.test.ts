import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import type { PlannedSlide } from '../../presenter/plan'
import type { StaticServer } from '../../tools/serve'
import type { ServedDeck } from './helpers'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, projectRoot } from '../../export/deck'
import { buildPlan, toSeconds } from '../../presenter/plan'
import { serveStatic } from '../../tools/serve'
import { sharedDeckUrl, sharedSubPath } from './global-setup'
import { buildDeck, run, servedDeck } from './helpers'

/**
 * The presenter's companion in the built deck: the pacing against the plan in the presenter view only,
 * the rehearsal's CSV, the pen and the cursor reaching the audience window, `npm run timing`, and the
 * closing slide's QR code (built with DECK_URL) read back from a screenshot.
 */
let browser: Browser
let opened: ServedDeck<StaticServer>
let server: StaticServer
let plan: PlannedSlide[]
let deck: DeckSlide[]
const pacingRe = /^(?:(\d+):(\d\d) (ahead of|behind) plan|on plan)$/

let shared: Page | undefined

/** A page the single-window tests share (a new page costs Chromium about twice a load in an open one). */
async function plainPage(): Promise<Page> {
  shared ??= await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  return shared
}

beforeAll(async () => {
  opened = await servedDeck(serveStatic)
  server = opened.server
  browser = opened.browser
  deck = await loadDeck()
  plan = buildPlan(deck.map(s => ({
    no: s.no,
    title: s.title,
    note: s.note,
    time: s.frontmatter.time,
  })), toSeconds(deck[0]!.frontmatter.duration)!)
})

afterAll(async () => {
  await opened?.close()
})

/** Seconds ahead (positive) or behind (negative) that the pacing says, 0 on plan. */
async function saidLead(presenter: Page): Promise<number> {
  const text = (await presenter.locator('[data-pacing]').innerText()).trim()
  const m = pacingRe.exec(text)
  expect(m, text).not.toBeNull()
  if (!m![1])
    return 0
  const seconds = Number(m![1]) * 60 + Number(m![2])
  return m![3] === 'ahead of'
    ? seconds
    : -seconds
}

const start = (no: number) => plan[no - 1]!.start
const end = (no: number) => plan[no - 1]!.start + plan[no - 1]!.seconds

/** The audience window at slide 1 and the presenter view beside it, in one context (Slidev syncs them). */
async function openBoth(context: BrowserContext): Promise<{ audience: Page, presenter: Page }> {
  const audience = await context.newPage()
  await audience.goto(`${server.url}1`)
  await audience.locator('.slidev-page-1').first().waitFor({ state: 'visible', timeout: 60_000 })
  const presenter = await context.newPage()
  await presenter.clock.install()
  await presenter.goto(`${server.url}presenter/1`)
  await presenter.locator('.slidev-presenter').waitFor({ state: 'visible', timeout: 60_000 })
  await presenter.locator('[data-pacing]').waitFor({ state: 'visible', timeout: 30_000 })
  await audience.waitForLoadState('networkidle')
  return { audience, presenter }
}

async function press(presenter: Page, key: string, no: number): Promise<void> {
  await presenter.bringToFront()
  await presenter.keyboard.press(key)
  await expect.poll(() => new URL(presenter.url()).pathname, { timeout: 15_000 }).toBe(`/presenter/${no}`)
}

describe('pacing in the presenter view', () => {
  it('starts the timer at the first advance and says ahead, behind or on plan; the CSV has the plan and the times', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
    })
    try {
      const { audience, presenter } = await openBoth(context)
      expect(await presenter.locator('[data-pacing]').innerText()).toContain('first advance')
      expect(await presenter.locator('[data-pacing]').getAttribute('role')).toBe('status')
      // The first advance: slide 1 counts as on plan, the timer starts at its planned end.
      await press(presenter, 'ArrowDown', 2)
      await expect.poll(() => saidLead(presenter), { timeout: 10_000 }).toBe(0)
      // A minute past slide 2's planned end: behind.
      await presenter.clock.fastForward((end(2) - start(2) + 60) * 1000)
      await expect.poll(() => saidLead(presenter), { timeout: 10_000 }).toBeLessThanOrEqual(-55)
      expect(await saidLead(presenter)).toBeGreaterThanOrEqual(-70)
      expect(await presenter.locator('[data-pacing]').innerText()).toMatch(/behind plan/)
      // On to slide 10, long before its planned start: ahead by the difference, less the seconds the
      // key presses took (the page's clock runs on in real time between them).
      const pressing = Date.now()
      for (let no = 3; no <= 10; no++)
        await press(presenter, 'ArrowDown', no)
      const lead = await saidLead(presenter)
      const expected = start(10) - (end(2) + 60) - (Date.now() - pressing) / 1000
      expect(Math.abs(lead - expected), `ahead by ${lead} s, planned ${expected} s`).toBeLessThanOrEqual(10)
      // Nothing of it in the audience window, wherever it is: that it follows the presenter is
      // presenting.test.ts's check (here, with the presenter's clock faked, it may lag several slides).
      await audience.bringToFront()
      await expect.poll(() => new URL(audience.url()).pathname, { timeout: 15_000 }).not.toBe('/1')
      expect(await audience.locator('[data-pacing]').count()).toBe(0)
      expect(await audience.locator('body').innerText()).not.toMatch(/ahead of plan|behind plan|on plan/)

      const [download] = await Promise.all([
        presenter.waitForEvent('download'),
        presenter.getByTitle(/rehearsal's times/).click(),
      ])
      const csv = readFileSync(await download.path(), 'utf8').trim().split('\n')
      expect(csv[0]).toMatch(/^slide,title,planned \(s\),actual \(s\)/)
      expect(csv).toHaveLength(plan.length + 2)
      // The presenter's plan (from the rendered notes) is the plan of npm run timing (from the Markdown).
      expect(csv.slice(1, -1).map(l => Number(l.split(',').at(-7)))).toEqual(plan.map(p => p.seconds))
      expect(Number(csv[2]!.split(',').at(-6))).toBeGreaterThanOrEqual(end(2) - start(2) + 55)
    }
    finally {
      await context.close()
    }
  })

  it('is absent from the reader view', async () => {
    const page = await plainPage()
    await page.goto(`${server.url}reader`)
    await page.locator('#slide-1').waitFor({ state: 'attached', timeout: 60_000 })
    expect(await page.locator('[data-pacing]').count()).toBe(0)
  })
})

describe('the pen, the cursor and the laser', () => {
  /** Moves the presenter's mouse over its slide; draws a stroke when `draw`. */
  async function stroke(presenter: Page, draw: boolean): Promise<void> {
    const box = (await presenter.locator('#slide-content').first().boundingBox())!
    await presenter.bringToFront()
    await presenter.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5)
    if (draw)
      await presenter.mouse.down()
    await presenter.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 10 })
    if (draw)
      await presenter.mouse.up()
  }

  it('draws in the presenter view only, and the drawing and the cursor reach the audience window', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    try {
      const { audience, presenter } = await openBoth(context)
      const drawing = audience.locator('#slide-content > svg.absolute path')
      const cursor = audience.locator('.pointer-events-none > svg.slidev-icon.absolute')
      expect(await drawing.count()).toBe(0)
      expect(await cursor.count()).toBe(0)
      expect(await audience.getByTitle('Show drawing toolbar').count()).toBe(0)
      await presenter.getByTitle('Show drawing toolbar').click()
      await stroke(presenter, true)
      await expect.poll(() => drawing.count(), { timeout: 10_000 }).toBeGreaterThan(0)
      await presenter.keyboard.press('Escape')
      await stroke(presenter, false)
      await expect.poll(() => cursor.count(), { timeout: 10_000 }).toBe(1)
    }
    finally {
      await context.close()
    }
  })

  it('shows the presenter\'s laser in the audience window', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    await context.addInitScript(() => localStorage.setItem('slidev-cursor-style', 'laser'))
    try {
      const { audience, presenter } = await openBoth(context)
      expect(await audience.locator('.laser-pointer').count()).toBe(0)
      await stroke(presenter, false)
      await expect.poll(() => audience.locator('.laser-pointer').count(), { timeout: 10_000 }).toBe(1)
    }
    finally {
      await context.close()
    }
  })
})

describe('npm run timing', () => {
  it('prints a row per slide and the total, the headmatter\'s duration', () => {
    const r = run(process.execPath, [
      '--experimental-strip-types',
      '--no-warnings',
      join(projectRoot, 'tools', 'timing.ts'),
    ])
    expect(r.status, r.output).toBe(0)
    expect(r.output).toMatch(/^slide\s+title\s+words\s+planned\s+start$/m)
    expect(r.output).toMatch(/^total\s+\d+\s+20:00$/m)
    expect(r.output.match(/^\s+\d+\s{2}\S/gm)).toHaveLength(plan.length)
  })
})

describe('the closing slide\'s QR code', () => {
  it('built with DECK_URL, reads back as the reader view\'s address; built without, there is none', async () => {
    // The shared sub-path build is made with DECK_URL (global-setup.ts), the one at '/' without.
    const deckUrl = sharedDeckUrl
    const built = buildDeck(sharedSubPath)
    expect(built.result.status, built.result.output).toBe(0)
    const qrServer = await serveStatic(built.dir, sharedSubPath)
    const page = await plainPage()
    try {
      const closing = deck.find(s => s.frontmatter.layout === 'closing')!.no
      await page.goto(`${qrServer.url}${closing}`, { waitUntil: 'networkidle' })
      const code = page.locator('[data-reader-qr] svg')
      await code.waitFor({ state: 'visible' })
      expect((await code.boundingBox())!.height).toBeGreaterThanOrEqual(720 / 5)
      expect(await page.locator('[data-reader-qr]').innerText()).toContain(`${deckUrl}reader`)
      const png = PNG.sync.read(await page.screenshot())
      const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
      expect(found?.data).toBe(`${deckUrl}reader`)
      await page.goto(`${server.url}${closing}`, { waitUntil: 'networkidle' })
      await page.locator('.deck-closing').waitFor({ state: 'visible' })
      expect(await page.locator('[data-reader-qr]').count()).toBe(0)
    }
    finally {
      await qrServer.close()
    }
  })
})
