import type { Row } from './report.ts'
import { rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from '../../export/browser.ts'
import { coldStartPairs } from './cold-start.ts'
import { bareDeck, thisDeck } from './decks.ts'
import { buildRows, coldRows, exportRows, printTable } from './report.ts'
import { exportPairs, measure } from './runs.ts'

/**
 * `npm run bench [-- --runs 3] [--cold-only] [--verbose]`: builds, loads, browses and exports this deck and
 * a bare two-slide Slidev deck (same installed packages, same theme) in the same run, starts each one's
 * dev server with no Vite cache, and prints the medians side by side. `--cold-only`: the cold starts alone.
 * Exports and cold starts are timed in pairs (tools/bench/paired.ts). Each deck exports once untimed
 * first, so that both pay for their first dependency optimisation outside the figures.
 */
const { values } = parseArgs({
  options: {
    'runs': { type: 'string', default: '3' },
    'cold-only': { type: 'boolean', default: false },
    'verbose': { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(values.runs))

const browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
const bare = bareDeck()
const ours = await thisDeck()
try {
  console.log(`bench: ${runs} run(s) each, medians (exports and cold starts: in pairs, the ratio is the median pair's); this deck has ${ours.slides} slides, the bare deck 2\n`)
  const cold = coldRows(await coldStartPairs(browser, ours, bare, runs, values.verbose), runs)
  let rows: Row[] = cold
  if (!values['cold-only']) {
    const a = await measure(browser, ours, runs)
    const b = await measure(browser, bare, runs)
    rows = [
      ...buildRows(a, b),
      ...exportRows(exportPairs(ours, bare, runs)),
      ...cold,
    ]
  }
  printTable(rows)
}
finally {
  await browser.close()
  rmSync(bare.root, { recursive: true, force: true })
}
