import type { Browser, Page } from 'playwright-core'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from '../export/browser.ts'
import { loadDeck } from '../export/deck.ts'
import { buildIntoTemp } from './build.ts'
import { serveStatic } from './serve.ts'

/**
 * `npm run shots [-- options]`: pictures of the deck as the audience sees it, each slide at its final
 * click step. It builds the deck itself into a temporary folder (or takes a built one with --dir, under
 * whatever base it was built for).
 *
 * - no option: every slide in light and dark mode, 1280×720, into shots/ (--out, --slides 3,5, --scale 2)
 * - --sheet: a contact sheet of all slides (light mode, 4 columns, numbered) into docs/deck.png (--sheet-out)
 * - --og: the social preview, slide 1 at 1200×630, into public/og-image.png (--og-out)
 */
const { values } = parseArgs({
  options: {
    'out': { type: 'string', default: 'shots' },
    'dir': { type: 'string' },
    'slides': { type: 'string' },
    'scale': { type: 'string', default: '1' },
    'entry': { type: 'string', default: 'slides.md' },
    'sheet': { type: 'boolean', default: false },
    'sheet-out': { type: 'string', default: 'docs/deck.png' },
    'og': { type: 'boolean', default: false },
    'og-out': { type: 'string', default: 'public/og-image.png' },
  },
})

/** The contact sheet stays small enough for a README. */
const sheetBudget = 400_000

/** The base a built deck was built for, read from its index.html (the path before assets/). */
function builtBase(indexHtml: string): string {
  const src = /<script[^>]+src="([^"]*?)assets\//.exec(indexHtml)?.[1]
  return src && src.startsWith('/')
    ? src
    : '/'
}

/** Builds the deck into a fresh temporary folder for the base '/' and returns the folder. */
function build(): string {
  return buildIntoTemp('shots-dist-', d => console.log(`shots: building the deck into ${d} …`), values.entry)
}

/** Opens a page that collects what goes wrong (page errors, console errors, failed requests) to report it. */
async function newPage(browser: Browser, scheme: 'light' | 'dark', width: number, height: number, scale = 1): Promise<{ page: Page, problems: string[] }> {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: scheme,
    deviceScaleFactor: scale,
  })
  const problems: string[] = []
  page.on('pageerror', e => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`console: ${m.text()}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400)
      problems.push(`${r.status()} for ${r.url()}`)
  })
  return { page, problems }
}

/** Shows slide `no` with every click step and waits until its fonts and transition are done. */
async function show(page: Page, problems: string[], url: string, no: number): Promise<void> {
  await page.goto(`${url}${no}?clicks=99`)
  try {
    await page.locator(`.slidev-page-${no}`).first().waitFor({ state: 'visible', timeout: 30_000 })
  }
  catch (e) {
    throw new Error(`slide ${no} did not show at ${url}${no}:\n${[...problems, (e as Error).message].join('\n')}`)
  }
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(600)
}

function numbers(all: number[]): number[] {
  if (!values.slides)
    return all
  const wanted = new Set(values.slides.split(',').map(Number))
  return all.filter(no => wanted.has(no))
}

async function perSlide(browser: Browser, url: string, all: number[]): Promise<void> {
  mkdirSync(values.out, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    const { page, problems } = await newPage(browser, scheme, 1280, 720, Number(values.scale))
    for (const no of numbers(all)) {
      await show(page, problems, url, no)
      const file = join(values.out, `${String(no).padStart(2, '0')}-${scheme}.png`)
      await page.screenshot({ path: file })
      console.log(file)
    }
    for (const p of problems)
      console.error(p)
    await page.close()
  }
}

/** A contact sheet: the slides in light mode as numbered thumbnails, 4 columns, under the size budget. */
async function sheet(browser: Browser, url: string, all: number[]): Promise<void> {
  const { page, problems } = await newPage(browser, 'light', 1280, 720)
  const pictures: string[] = []
  for (const no of all) {
    await show(page, problems, url, no)
    pictures.push((await page.screenshot({ type: 'jpeg', quality: 90 })).toString('base64'))
    process.stdout.write(`\rshots: slide ${no} of ${all.length}`)
  }
  await page.close()
  process.stdout.write('\n')
  const out = resolve(values['sheet-out'])
  mkdirSync(dirname(out), { recursive: true })
  // Smaller thumbnails until the PNG fits the budget.
  for (const width of [320, 300, 280, 260, 240, 220]) {
    const html = `<!doctype html><meta charset="utf-8"><style>
      body { margin: 0; padding: 16px; background: #fff; font: 600 13px system-ui, sans-serif; color: #222; }
      .grid { display: grid; grid-template-columns: repeat(4, ${width}px); gap: 14px 12px; }
      figure { margin: 0; }
      img { display: block; width: ${width}px; height: ${Math.round(width * 9 / 16)}px; border: 1px solid #ccc; }
      figcaption { margin-top: 3px; }
    </style><div class="grid">${pictures.map((b64, i) => `<figure><img src="data:image/jpeg;base64,${b64}" alt=""><figcaption>${all[i]}</figcaption></figure>`).join('')}</div>`
    const grid = await browser.newPage({
      viewport: { width: 4 * width + 3 * 12 + 32, height: 400 },
      colorScheme: 'light',
    })
    await grid.setContent(html, { waitUntil: 'load' })
    const png = await grid.screenshot({ fullPage: true, type: 'png' })
    await grid.close()
    if (png.length <= sheetBudget || width === 220) {
      writeFileSync(out, png)
      console.log(`${values['sheet-out']}: ${all.length} slides, thumbnails ${width} px wide, ${(png.length / 1000).toFixed(0)} kB (budget ${sheetBudget / 1000} kB)`)
      if (png.length > sheetBudget)
        throw new Error(`the contact sheet is ${png.length} bytes, over the budget of ${sheetBudget}`)
      break
    }
  }
  for (const p of problems)
    console.error(p)
}

/** The social preview: slide 1, light mode, 1200×630, the middle of its 1280×720 picture (no slide edge). */
async function og(browser: Browser, url: string): Promise<void> {
  const { page, problems } = await newPage(browser, 'light', 1280, 720)
  await show(page, problems, url, 1)
  const out = resolve(values['og-out'])
  mkdirSync(dirname(out), { recursive: true })
  await page.screenshot({
    path: out,
    type: 'png',
    clip: {
      x: 40,
      y: 45,
      width: 1200,
      height: 630,
    },
  })
  console.log(`${values['og-out']}: slide 1 at 1200×630, ${(statSync(out).size / 1000).toFixed(0)} kB`)
  await page.close()
}

const all = (await loadDeck(undefined, values.entry)).map(s => s.no)
if (values.dir && !existsSync(join(values.dir, 'index.html')))
  throw new Error(`No ${values.dir}/index.html: build the deck first, or leave out --dir to let shots build it.`)
const dist = values.dir ?? build()
const server = await serveStatic(dist, builtBase(readFileSync(join(dist, 'index.html'), 'utf8')))
const browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
try {
  if (values.sheet)
    await sheet(browser, server.url, all)
  if (values.og)
    await og(browser, server.url)
  if (!values.sheet && !values.og)
    await perSlide(browser, server.url, all)
}
catch (e) {
  console.error(`shots: ${(e as Error).message}`)
  process.exitCode = 1
}
finally {
  await browser.close()
  await server.close()
  if (!values.dir)
    rmSync(dist, { recursive: true, force: true })
}
