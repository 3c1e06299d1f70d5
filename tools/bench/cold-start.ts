import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import type { Deck } from './decks.ts'
import type { Paired } from './paired.ts'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import process from 'node:process'
import { slidev } from './decks.ts'
import { paired } from './paired.ts'

/**
 * Milliseconds from starting `slidev` (what `npm run dev` runs) with no cache to slide 1's heading
 * visible in a fresh browser context, and staying so: a reload within 3 s after it shows starts the
 * wait again. `--force` makes Vite ignore its cache of pre-bundled dependencies (node_modules/.vite) and
 * bundle them again, as on a first start, without deleting a cache other processes may be using; Slidev
 * writes its generated files (node_modules/.slidev) afresh on every start.
 */

export interface ColdStart {
  ms: number
  /** Vite said it re-optimised dependencies (and reloaded the page). */
  reoptimized: boolean
  /** Page loads after the first. */
  reloads: number
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

/** Waits until the dev server prints its address; `output` collects what it prints. */
function serverReady(child: ChildProcess, port: number, root: string, output: { text: string }): Promise<void> {
  return new Promise<void>((ready, fail) => {
    const onData = (chunk: Uint8Array) => {
      output.text += new TextDecoder().decode(chunk)
      if (output.text.includes(`localhost:${port}`))
        ready()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', code => fail(new Error(`slidev (dev) exited with ${code} in ${root}:\n${output.text}`)))
  })
}

/** The time slide 1's heading first shows and stays, counting from `t0`; reloads start the wait again. */
async function firstSlideStays(page: Page, loads: () => number, t0: number): Promise<number> {
  let ms = 0
  for (let seen = -1; seen !== loads();) {
    seen = loads()
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: 180_000 })
    ms = performance.now() - t0
    await page.waitForTimeout(3000)
  }
  return ms
}

/** Every slide once (the overview renders them all): a dependency found only now would make Vite re-optimise. */
async function visitOverview(page: Page, port: number): Promise<void> {
  await page.goto(`http://localhost:${port}/overview`, { timeout: 180_000 })
  await page.locator('.slidev-page').first().waitFor({ state: 'visible', timeout: 180_000 })
  await page.waitForLoadState('networkidle', { timeout: 180_000 })
  await page.waitForTimeout(3000)
}

export async function coldStart(browser: Browser, deck: Deck, verbose: boolean): Promise<ColdStart> {
  const port = await freePort()
  const output = { text: '' }
  const t0 = performance.now()
  const child = spawn(slidev, [
    deck.entry,
    '--port',
    String(port),
    '--open',
    'false',
    '--force',
  ], {
    cwd: deck.root,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const exited = new Promise<void>(done => child.on('exit', () => done()))
  try {
    await serverReady(child, port, deck.root, output)
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    const page = await context.newPage()
    let loads = 0
    page.on('load', () => loads++)
    await page.goto(`http://localhost:${port}/1`, { timeout: 180_000 })
    const ms = await firstSlideStays(page, () => loads, t0)
    await visitOverview(page, port)
    loads--
    await context.close()
    if (verbose)
      console.log(`--- ${deck.name}: slidev dev output\n${output.text}`)
    return {
      ms,
      reoptimized: /new dependencies optimized|optimized dependencies changed|Re-optimizing/i.test(output.text),
      reloads: loads - 1,
    }
  }
  finally {
    child.kill('SIGTERM')
    await exited
  }
}

export interface ColdStarts extends Paired {
  reoptimized: number
  reloadsA: number
  reloadsB: number
}

/** Cold starts in pairs (bare deck, then this deck). */
export async function coldStartPairs(browser: Browser, ours: Deck, bare: Deck, runs: number, verbose: boolean): Promise<ColdStarts> {
  const a: ColdStart[] = []
  const b: ColdStart[] = []
  for (let i = 0; i < runs; i++) {
    b.push(await coldStart(browser, bare, verbose))
    a.push(await coldStart(browser, ours, verbose))
  }
  return {
    ...paired(a.map(c => c.ms), b.map(c => c.ms)),
    reoptimized: a.filter(c => c.reoptimized).length,
    reloadsA: a.reduce((n, c) => n + c.reloads, 0),
    reloadsB: b.reduce((n, c) => n + c.reloads, 0),
  }
}
