import type { Browser } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'
import type { StaticServer } from '../../tools/serve'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { loadDeck } from '../../export/deck'
import { serveStatic } from '../../tools/serve'
import { buildDeck, cleanTemp } from './helpers'

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[], failureSummary?: string, any?: { data?: { messageKey?: string } }[] }[]
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

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
      if (!(await page.evaluate(() => 'axe' in window)))
        await page.addScriptTag({ content: axeSource })
      const violations = await page.evaluate(async (no) => {
        const ax = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: Violation[], incomplete: Violation[] }> } }).axe
        const root = document.querySelector(`.slidev-page-${no}`)!
        const result = await ax.run(root, {
          resultTypes: ['violations', 'incomplete'],
        })
        // axe reports text whose colour equals its background (1:1) as "incomplete", not as a violation,
        // on the view that it may be hidden on purpose; on a slide it is invisible text, so it counts.
        const invisible = result.incomplete
          .filter(v => v.id === 'color-contrast')
          .map(v => ({
            ...v,
            impact: 'serious',
            nodes: v.nodes.filter(n => n.any?.some(a => a.data?.messageKey === 'equalRatio')),
          }))
          .filter(v => v.nodes.length > 0)
        return [
          ...result.violations,
          ...invisible,
        ]
      }, slide.no) as Violation[]
      for (const v of violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
        for (const n of v.nodes)
          found.push(`slide ${slide.no}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`)
      }
    }
    await page.close()
    expect(found).toEqual([])
  })
})
