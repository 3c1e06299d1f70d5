import type { Browser } from 'playwright-core'
import type { Deck } from './decks.ts'
import type { Paired } from './paired.ts'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireBrowser } from '../../export/browser.ts'
import { median } from '../stats.ts'
import { slidev } from './decks.ts'
import { firstLoad, repeatVisitAssetBytes, slideChanges } from './page.ts'
import { paired } from './paired.ts'

/**
 * The bench's timed runs of a deck: `slidev build` (time, size, first load, slide changes) and
 * `slidev export` to a PDF (time, size), each repeated `runs` times.
 */

export interface Figures {
  buildMs: number
  distBytes: number
  firstLoadBytes: number
  repeatAssetBytes: number
  changeMedianMs: number
  changeWorstMs: number
}

export interface Exports extends Paired {
  pdfA: number
  pdfB: number
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

/** Exports in pairs (bare deck, then this deck), after one untimed export of each. */
export function exportPairs(ours: Deck, bare: Deck, runs: number): Exports {
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

/** Builds a deck `runs` times, then loads and browses the build. */
export async function measure(browser: Browser, deck: Deck, runs: number): Promise<Figures> {
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
    repeatAssetBytes: await repeatVisitAssetBytes(browser, out),
    changeMedianMs: median(changes),
    changeWorstMs: Math.max(...changes),
  }
  rmSync(out, { recursive: true, force: true })
  return figures
}
