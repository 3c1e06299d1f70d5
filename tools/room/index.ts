import type { SlideRow } from './rules.ts'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from '../../export/browser.ts'
import { loadDeck, projectRoot } from '../../export/deck.ts'
import { buildIntoTemp } from '../build.ts'
import { serveStatic } from '../serve.ts'
import { median } from '../stats.ts'
import { measureDeck } from './measure.ts'
import { accessibleGraphics, pct, px, roomFailures, rules, sourcesSlide } from './rules.ts'

/**
 * `npm run room [-- --dir built-dist] [--details]`: measures what the room sees on each slide of the built
 * deck (building it first unless --dir names a build) and prints the figures as a table, then the rules
 * that are broken. What is measured, and why, is in docs/internals.md.
 */

/** The figures as a Markdown table, then the totals the rules ask for. */
export function roomTable(rows: SlideRow[], exempt = sourcesSlide(rows)): string {
  const mark = (bad: boolean): string => bad ? ' ✗' : ''
  const lines = [
    '| slide | title | band | words | min font | graphics (accessible) |',
    '|---:|---|---:|---:|---:|---:|',
  ]
  for (const r of rows) {
    const judged = r.no !== exempt
    lines.push(`| ${r.no} | ${r.title.replace(/\|/g, '\\|')}${judged ? '' : ' (exempt)'} | ${pct(r.band)}${mark(judged && r.band > rules.maxBand)} | ${r.words}${mark(judged && r.words > rules.maxWords)} | ${px(r.minFont)}${mark(judged && r.minFont < rules.minFont - 0.05)} | ${r.graphics.length} (${accessibleGraphics(r).length}) |`)
  }
  const judged = rows.filter(r => r.no !== exempt)
  const over = (f: (r: SlideRow) => boolean): number => judged.filter(f).length
  const bands = judged.filter(r => r.band > rules.maxBand).map(r => r.band)
  const wordy = judged.filter(r => r.words > rules.maxWords).map(r => r.words)
  lines.push(
    '',
    `- slides judged: ${judged.length} of ${rows.length}${exempt
      ? ` (slide ${exempt}, the sources slide, is exempt)`
      : ''}`,
    `- empty band over ${pct(rules.maxBand)}: ${bands.length} slides${bands.length
      ? ` (${pct(Math.min(...bands))}–${pct(Math.max(...bands))})`
      : ''}`,
    `- over ${rules.maxWords} words: ${wordy.length} slides${wordy.length
      ? ` (${Math.min(...wordy)}–${Math.max(...wordy)} words)`
      : ''}; median words ${median(judged.map(r => r.words))} (at most ${rules.maxMedianWords})`,
    `- text under ${rules.minFont} px: ${over(r => r.minFont < rules.minFont - 0.05)} slides (smallest ${px(Math.min(...judged.map(r => r.minFont)))})`,
    `- slides with an accessible graphic of at least ${pct(rules.graphicArea)} of the frame: ${rows.filter(r => accessibleGraphics(r).length > 0).length} of ${rows.length} (at least ${rules.minGraphicSlides})`,
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      root: { type: 'string', default: projectRoot },
      entry: { type: 'string', default: 'slides.md' },
      details: { type: 'boolean', default: false },
    },
  })
  const root = resolve(values.root)
  const deck = await loadDeck(root, values.entry)
  let dir = values.dir
  let temp: string | undefined
  if (!dir) {
    temp = buildIntoTemp('room-dist-', d => console.error(`building the deck into ${d} …`), values.entry, root)
    dir = temp
  }
  const server = await serveStatic(dir)
  const browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
    })
    page.on('pageerror', e => console.error(`page error: ${e.message}`))
    const rows = await measureDeck(page, server.url, deck)
    console.log(roomTable(rows))
    if (values.details) {
      for (const r of rows)
        console.log(`\n${r.no}: band at ${r.bandAt?.map(v => v.toFixed(0)).join('–') ?? '-'} px; smallest ${r.minFontText}; graphics ${JSON.stringify(r.graphics.map(g => ({ ...g, area: +g.area.toFixed(3) })))}\n  words: ${r.wordText}`)
    }
    const failures = roomFailures(rows)
    console.log(failures.length
      ? `\n${failures.length} rule(s) broken:\n${failures.map(f => `- ${f.message}`).join('\n')}`
      : '\nEvery rule holds.')
  }
  finally {
    await browser.close()
    await server.close()
    if (temp)
      rmSync(temp, { recursive: true, force: true })
  }
}

await main().catch((e: Error) => {
  console.error(e.message)
  process.exitCode = 1
})
