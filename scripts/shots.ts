import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from './browser.ts'
import { loadDeck } from './deck.ts'
import { serveStatic } from './serve.ts'

/**
 * `node scripts/shots.ts [--out shots] [--dir dist] [--slides 3,5] [--entry slides.md]`: screenshots of every slide of the built deck
 * (dist/) at its final click step, in light and dark mode, for looking at what the audience sees.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'shots' },
    dir: { type: 'string', default: 'dist' },
    slides: { type: 'string' },
    scale: { type: 'string', default: '1' },
    entry: { type: 'string', default: 'slides.md' },
  },
})
const deck = await loadDeck(undefined, values.entry)
const wanted = values.slides
  ? new Set(values.slides.split(',').map(Number))
  : undefined
mkdirSync(values.out, { recursive: true })
const server = await serveStatic(values.dir)
const browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: scheme,
      deviceScaleFactor: Number(values.scale),
    })
    page.on('pageerror', e => console.error(`page error: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error')
        console.error(`console: ${m.text()}`)
    })
    for (const slide of deck) {
      if (wanted && !wanted.has(slide.no))
        continue
      await page.goto(`${server.url}${slide.no}?clicks=99`)
      await page.waitForSelector('.slidev-page', { state: 'attached' })
      await page.evaluate(() => document.fonts.ready)
      await page.waitForTimeout(600)
      const file = join(values.out, `${String(slide.no).padStart(2, '0')}-${scheme}.png`)
      await page.screenshot({ path: file })
      console.log(file)
    }
    await page.close()
  }
}
finally {
  await browser.close()
  await server.close()
}
