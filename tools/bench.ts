import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from '../export/browser.ts'
import { loadDeck, projectRoot } from '../export/deck.ts'
import { serveStatic } from './serve.ts'

/**
 * `npm run bench [-- --runs 3] [--cold-only]`: builds, loads, browses and exports this deck and a bare
 * two-slide Slidev deck (same installed packages, same theme) in the same run, starts each one's dev
 * server with no Vite cache, and prints the medians side by side. `--cold-only`: the cold starts alone.
 *
 * Exports and cold starts are timed in pairs, the bare deck then this one, and their ratio is the median of
 * the pairs' ratios: a machine that slows down for a minute slows both decks of a pair, instead of all the
 * runs of one deck. Each deck exports once untimed first, so that both pay for their first dependency
 * optimisation outside the figures.
 */
const { values } = parseArgs({
  options: {
    'runs': { type: 'string', default: '3' },
    'cold-only': { type: 'boolean', default: false },
    'verbose': { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(values.runs))
const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')

/** The budgets of the "slides made for the room" and "first ten minutes" issues. */
const budgets = {
  distBytes: 1_500_000,
  firstLoadRatio: 1.3,
  slideChangeRatio: 1.2,
  exportRatio: 1.5,
  coldStartRatio: 1.2,
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
  // The same installed packages, one link each, in a node_modules of its own: Vite keeps its dependency
  // cache in <root>/node_modules/.vite, and a shared one would be re-optimised at every switch of deck.
  mkdirSync(join(root, 'node_modules'))
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!entry.startsWith('.vite'))
      symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry))
  }
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

/** A free TCP port on this computer. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => ok(port))
    })
  })
}

interface ColdStart {
  ms: number
  /** Vite said it re-optimised dependencies (and reloaded the page). */
  reoptimized: boolean
  /** Page loads after the first. */
  reloads: number
}

/**
 * Milliseconds from starting `slidev` (what `npm run dev` runs) with no cache to slide 1's heading
 * visible in a fresh browser context, and staying so: a reload within 3 s after it shows starts the
 * wait again. `--force` makes Vite ignore its cache of pre-bundled dependencies (node_modules/.vite) and
 * bundle them again, as on a first start, without deleting a cache other processes may be using; Slidev
 * writes its generated files (node_modules/.slidev) afresh on every start.
 */
async function coldStart(browser: Browser, deck: Deck): Promise<ColdStart> {
  const root = deck.root
  const port = await freePort()
  let output = ''
  const t0 = performance.now()
  const child = spawn(slidev, [
    deck.entry,
    '--port',
    String(port),
    '--open',
    'false',
    '--force',
  ], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const exited = new Promise<void>(done => child.on('exit', () => done()))
  try {
    await new Promise<void>((ready, fail) => {
      const onData = (chunk: Uint8Array) => {
        output += new TextDecoder().decode(chunk)
        if (output.includes(`localhost:${port}`))
          ready()
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', onData)
      child.on('exit', code => fail(new Error(`slidev (dev) exited with ${code} in ${root}:\n${output}`)))
    })
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    const page = await context.newPage()
    let loads = 0
    page.on('load', () => loads++)
    await page.goto(`http://localhost:${port}/1`, { timeout: 180_000 })
    let ms = 0
    for (let seen = -1; seen !== loads;) {
      seen = loads
      await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: 180_000 })
      ms = performance.now() - t0
      await page.waitForTimeout(3000)
    }
    // Every slide once (the overview renders them all): a dependency found only now would make Vite
    // re-optimise and reload the page in the middle of the talk.
    await page.goto(`http://localhost:${port}/overview`, { timeout: 180_000 })
    await page.locator('.slidev-page').first().waitFor({ state: 'visible', timeout: 180_000 })
    await page.waitForLoadState('networkidle', { timeout: 180_000 })
    await page.waitForTimeout(3000)
    loads--
    await context.close()
    if (values.verbose)
      console.log(`--- ${deck.name}: slidev dev output\n${output}`)
    return {
      ms,
      reoptimized: /new dependencies optimized|optimized dependencies changed|Re-optimizing/i.test(output),
      reloads: loads - 1,
    }
  }
  finally {
    child.kill('SIGTERM')
    await exited
  }
}

/** Cold starts in pairs (bare deck, then this deck). */
async function coldStartPairs(browser: Browser, ours: Deck, bare: Deck): Promise<Paired & { reoptimized: number, reloadsA: number, reloadsB: number }> {
  const a: ColdStart[] = []
  const b: ColdStart[] = []
  for (let i = 0; i < runs; i++) {
    b.push(await coldStart(browser, bare))
    a.push(await coldStart(browser, ours))
  }
  return {
    ...paired(a.map(c => c.ms), b.map(c => c.ms)),
    reoptimized: a.filter(c => c.reoptimized).length,
    reloadsA: a.reduce((n, c) => n + c.reloads, 0),
    reloadsB: b.reduce((n, c) => n + c.reloads, 0),
  }
}

interface Figures {
  buildMs: number
  distBytes: number
  firstLoadBytes: number
  changeMedianMs: number
  changeWorstMs: number
}

/** One `slidev export` of a deck to a PDF: its time, and the PDF's size. */
function exportOnce(deck: Deck, pdf: string): { ms: number, bytes: number } {
  const ms = timed(slidev, [
    'export',
    deck.entry,
    '--output',
    pdf,
    '--executable-path',
    requireBrowser().path,
  ], deck.root)
  const bytes = statSync(pdf).size
  rmSync(pdf, { force: true })
  return { ms, bytes }
}

interface Paired {
  /** Median time of each deck. */
  a: number
  b: number
  /** Median of the pairs' ratios a / b. */
  ratio: number
}

function paired(a: number[], b: number[]): Paired {
  return {
    a: median(a),
    b: median(b),
    ratio: median(a.map((x, i) => x / b[i]!)),
  }
}

/** Exports in pairs (bare deck, then this deck), after one untimed export of each. */
function exportPairs(ours: Deck, bare: Deck): Paired & { pdfA: number, pdfB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'))
  try {
    exportOnce(bare, join(dir, 'bare.pdf'))
    exportOnce(ours, join(dir, 'ours.pdf'))
    const a: number[] = []
    const b: number[] = []
    let pdfA = 0
    let pdfB = 0
    for (let i = 0; i < runs; i++) {
      const rb = exportOnce(bare, join(dir, 'bare.pdf'))
      const ra = exportOnce(ours, join(dir, 'ours.pdf'))
      b.push(rb.ms)
      a.push(ra.ms)
      pdfA = ra.bytes
      pdfB = rb.bytes
    }
    return {
      ...paired(a, b),
      pdfA,
      pdfB,
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
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
  const figures: Figures = {
    buildMs: median(builds),
    distBytes: dirBytes(out),
    firstLoadBytes: median(loads),
    changeMedianMs: median(changes),
    changeWorstMs: Math.max(...changes),
  }
  rmSync(out, { recursive: true, force: true })
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
  console.log(`bench: ${runs} run(s) each, medians (exports and cold starts: in pairs, the ratio is the median pair's); this deck has ${ours.slides} slides, the bare deck 2\n`)
  const cold = await coldStartPairs(browser, ours, bare)
  const coldRows: [string, string, string, number, string][] = [
    [
      'cold dev start',
      s(cold.a),
      s(cold.b),
      cold.ratio,
      `≤ ${budgets.coldStartRatio}×: ${cold.ratio <= budgets.coldStartRatio
        ? 'ok'
        : 'OVER'}`,
    ],
    [
      'cold start reloads',
      `${cold.reloadsA} in ${runs}`,
      `${cold.reloadsB} in ${runs}`,
      Number.NaN,
      `re-optimised deps: ${cold.reoptimized
        ? `${cold.reoptimized} of ${runs} runs, OVER`
        : 'never, ok'}`,
    ],
  ]
  const a = values['cold-only']
    ? undefined
    : await measure(browser, ours)
  const b = values['cold-only']
    ? undefined
    : await measure(browser, bare)
  const ex = values['cold-only']
    ? undefined
    : exportPairs(ours, bare)
  const rows: [string, string, string, number, string][] = !a || !b || !ex
    ? coldRows
    : [
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
          s(ex.a),
          s(ex.b),
          ex.ratio,
          `≤ ${budgets.exportRatio}×: ${ex.ratio <= budgets.exportRatio
            ? 'ok'
            : 'OVER'}`,
        ],
        [
          'PDF size',
          kb(ex.pdfA),
          kb(ex.pdfB),
          ex.pdfA / ex.pdfB,
          `≤ ${kb(budgets.pdfBytes)}: ${ex.pdfA <= budgets.pdfBytes
            ? 'ok'
            : 'OVER'}`,
        ],
        ...coldRows,
      ]
  const pad = (t: string, n: number) => t.padEnd(n)
  console.log(`${pad('', 22)}${pad('this deck', 12)}${pad('bare deck', 12)}${pad('ratio', 8)}budget`)
  for (const [name, x, y, ratio, budget] of rows) {
    console.log(`${pad(name, 22)}${pad(x, 12)}${pad(y, 12)}${pad(Number.isNaN(ratio)
      ? ''
      : `${ratio.toFixed(2)}×`, 8)}${budget}`)
  }
}
finally {
  await browser.close()
  rmSync(bare.root, { recursive: true, force: true })
}
