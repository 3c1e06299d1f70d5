import type { Browser } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from './browser.ts'
import { loadDeck, projectRoot } from './deck.ts'
import { serveStatic } from './serve.ts'

/**
 * `npm run bench [-- --runs 3]`: builds, loads, browses and exports this deck and a bare two-slide
 * Slidev deck (same installed packages, same theme) in the same run, and prints the medians side by side.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
  },
})
const runs = Math.max(1, Number(values.runs))
const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')

const budgets = {
  distBytes: 1_500_000,
  firstLoadRatio: 1.6,
  slideChangeRatio: 1.5,
  pdfBytes: 2_000_000,
}

interface Deck {
  name: string
  root: string
  entry: string
  slides: number
}

function bareDeck(): Deck {
  const root = mkdtempSync(join(tmpdir(), 'bench-bare-'))
  writeFileSync(join(root, 'slides.md'), [
    '---',
    'theme: default',
    'title: Bare deck',
    'fonts:',
    '  provider: none',
    'favicon: /favicon.svg',
    'exportFilename: bare',
    '---',
    '',
    '# First slide',
    '',
    'A bare Slidev deck.',
    '',
    '---',
    '',
    '# Second slide',
    '',
    'Nothing else.',
    '',
  ].join('\n'))
  mkdirSync(join(root, 'public'))
  writeFileSync(join(root, 'public', 'favicon.svg'), readFileSync(join(projectRoot, 'public', 'favicon.svg')))
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n')
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir')
  return {
    name: 'bare deck',
    root,
    entry: 'slides.md',
    slides: 2,
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2
    ? s[m]!
    : (s[m - 1]! + s[m]!) / 2
}

function dirBytes(dir: string): number {
  let total = 0
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f))
    if (st.isFile())
      total += st.size
  }
  return total
}

function timed(cmd: string, args: string[], cwd: string): number {
  const t0 = performance.now()
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' })
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stdout}${r.stderr}`)
  return performance.now() - t0
}

/** Bytes (gzip) the browser downloads before slide 1 shows. */
async function firstLoad(browser: Browser, dist: string): Promise<number> {
  const server = await serveStatic(dist)
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  const files = new Set<string>()
  page.on('requestfinished', r => files.add(new URL(r.url()).pathname))
  await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
  await page.close()
  await server.close()
  let bytes = 0
  for (const path of files) {
    const file = join(dist, path === '/' || path === '/1'
      ? 'index.html'
      : path)
    try {
      bytes += gzipSync(readFileSync(file)).length
    }
    catch {
      bytes += gzipSync(readFileSync(join(dist, 'index.html'))).length
    }
  }
  return bytes
}

/** Milliseconds from the key press to the next slide's heading being painted, for every slide change. */
async function slideChanges(browser: Browser, dist: string, slides: number, rounds: number): Promise<number[]> {
  const server = await serveStatic(dist)
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (let no = 1; no <= slides; no++) {
      const next = no === slides
        ? 1
        : no + 1
      const key = no === slides
        ? 'Home'
        : 'ArrowDown'
      if (key === 'Home') {
        await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
        await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
        continue
      }
      const ms = await page.evaluate(async (target) => {
        const t0 = performance.now()
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }))
        await new Promise<void>((done) => {
          const check = () => document.querySelector(`.slidev-page-${target} h1`)
            ? done()
            : requestAnimationFrame(check)
          check()
        })
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))
        return performance.now() - t0
      }, next)
      times.push(ms)
      await page.waitForTimeout(700)
    }
  }
  await page.close()
  await server.close()
  return times
}

interface Figures {
  buildMs: number
  distBytes: number
  firstLoadBytes: number
  changeMedianMs: number
  changeWorstMs: number
  exportMs: number
  pdfBytes: number
}

async function measure(browser: Browser, deck: Deck): Promise<Figures> {
  const out = mkdtempSync(join(tmpdir(), 'bench-dist-'))
  const builds: number[] = []
  for (let i = 0; i < runs; i++)
    builds.push(timed(slidev, ['build', deck.entry, '--out', out], deck.root))
  const loads: number[] = []
  for (let i = 0; i < runs; i++)
    loads.push(await firstLoad(browser, out))
  // At least 20 slide changes per run, whatever the slide count, so both medians rest on enough samples.
  const changes = await slideChanges(browser, out, deck.slides, runs * Math.ceil(20 / (deck.slides - 1)))
  const exports: number[] = []
  const pdf = join(out, '..', `${deck.name.replace(/\W+/g, '-')}-${process.pid}.pdf`)
  for (let i = 0; i < runs; i++) {
    exports.push(timed(slidev, [
      'export',
      deck.entry,
      '--output',
      pdf,
      '--executable-path',
      requireBrowser().path,
    ], deck.root))
  }
  const figures: Figures = {
    buildMs: median(builds),
    distBytes: dirBytes(out),
    firstLoadBytes: median(loads),
    changeMedianMs: median(changes),
    changeWorstMs: Math.max(...changes),
    exportMs: median(exports),
    pdfBytes: statSync(pdf).size,
  }
  rmSync(out, { recursive: true, force: true })
  rmSync(pdf, { force: true })
  return figures
}

const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`
const ms = (t: number) => `${t.toFixed(0)} ms`
const s = (t: number) => `${(t / 1000).toFixed(1)} s`

const browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
const bare = bareDeck()
const ours: Deck = {
  name: 'this deck',
  root: projectRoot,
  entry: 'slides.md',
  slides: (await loadDeck()).length,
}
try {
  console.log(`bench: ${runs} run(s) each, medians; this deck has ${ours.slides} slides, the bare deck 2\n`)
  const a = await measure(browser, ours)
  const b = await measure(browser, bare)
  const rows: [string, string, string, number, string][] = [
    [
      'build time',
      s(a.buildMs),
      s(b.buildMs),
      a.buildMs / b.buildMs,
      '',
    ],
    [
      'dist size',
      kb(a.distBytes),
      kb(b.distBytes),
      a.distBytes / b.distBytes,
      `≤ ${kb(budgets.distBytes)}: ${a.distBytes <= budgets.distBytes
        ? 'ok'
        : 'OVER'}`,
    ],
    [
      'first load (gzip)',
      kb(a.firstLoadBytes),
      kb(b.firstLoadBytes),
      a.firstLoadBytes / b.firstLoadBytes,
      `≤ ${budgets.firstLoadRatio}×: ${a.firstLoadBytes / b.firstLoadBytes <= budgets.firstLoadRatio
        ? 'ok'
        : 'OVER'}`,
    ],
    [
      'slide change, median',
      ms(a.changeMedianMs),
      ms(b.changeMedianMs),
      a.changeMedianMs / b.changeMedianMs,
      `≤ ${budgets.slideChangeRatio}×: ${a.changeMedianMs / b.changeMedianMs <= budgets.slideChangeRatio
        ? 'ok'
        : 'OVER'}`,
    ],
    [
      'slide change, worst',
      ms(a.changeWorstMs),
      ms(b.changeWorstMs),
      a.changeWorstMs / b.changeWorstMs,
      '',
    ],
    [
      'export time',
      s(a.exportMs),
      s(b.exportMs),
      a.exportMs / b.exportMs,
      '',
    ],
    [
      'PDF size',
      kb(a.pdfBytes),
      kb(b.pdfBytes),
      a.pdfBytes / b.pdfBytes,
      `≤ ${kb(budgets.pdfBytes)}: ${a.pdfBytes <= budgets.pdfBytes
        ? 'ok'
        : 'OVER'}`,
    ],
  ]
  const pad = (t: string, n: number) => t.padEnd(n)
  console.log(`${pad('', 22)}${pad('this deck', 12)}${pad('bare deck', 12)}${pad('ratio', 8)}budget`)
  for (const [name, x, y, ratio, budget] of rows)
    console.log(`${pad(name, 22)}${pad(x, 12)}${pad(y, 12)}${pad(`${ratio.toFixed(2)}×`, 8)}${budget}`)
}
finally {
  await browser.close()
  rmSync(bare.root, { recursive: true, force: true })
}
