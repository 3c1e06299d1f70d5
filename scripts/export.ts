import type { FoundBrowser } from './browser.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { findBrowser, noBrowserMessage } from './browser.ts'
import { projectRoot } from './deck.ts'

/**
 * `npm run export [-- slidev export options]`: the PDF (one page per slide, final click step, bookmarks),
 * with a Chromium found by itself (CHROMIUM_PATH, then a system Chromium/Chrome, then Playwright's own).
 * `npm run export -- --notes`: the handout, a PDF of the slides with their speaker notes.
 * `npm run export -- --format png`: one PNG per slide. Other options pass through to `slidev export`.
 */
const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')

function browserOrExit(): FoundBrowser {
  try {
    const found = findBrowser()
    if (found)
      return found
  }
  catch (e) {
    console.error((e as Error).message)
    process.exit(1)
  }
  console.error(noBrowserMessage)
  process.exit(1)
}

/**
 * `slidev export-notes` launches Playwright's browser with no way to name another one. Playwright looks
 * for its browsers under PLAYWRIGHT_BROWSERS_PATH, so a folder is laid out there whose executables are
 * links to the browser we found. Each path Playwright asks for is read from its own error message.
 */
function browsersFolderFor(browser: FoundBrowser): string {
  const folder = join(projectRoot, 'node_modules', '.cache', 'deck-browsers')
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const require = createRequire(join(projectRoot, 'package.json'))
  const probe = `
    const { chromium } = require('playwright-chromium')
    chromium.launch({ timeout: 20000 }).then(b => b.close().then(() => console.log('OK')))
      .catch(e => { const m = /Executable doesn't exist at (\\S+)/.exec(e.message); console.log(m ? 'MISSING ' + m[1] : 'ERROR ' + e.message.split('\\n')[0]) })`
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        PLAYWRIGHT_BROWSERS_PATH: folder,
        NODE_PATH: dirname(dirname(require.resolve('playwright-chromium'))),
      },
    })
    const out = r.stdout.trim().split('\n').at(-1) ?? ''
    if (out === 'OK')
      return folder
    const missing = /^MISSING (.+)$/.exec(out)?.[1]
    if (!missing || existsSync(missing))
      throw new Error(`Could not start ${browser.path} for the notes export: ${out || r.stderr}`)
    mkdirSync(dirname(missing), { recursive: true })
    symlinkSync(browser.path, missing)
  }
  throw new Error('Could not lay out a browser folder for the notes export')
}

function main(): number {
  const args = process.argv.slice(2)
  const browser = browserOrExit()
  console.log(`export: using ${browser.path} (found via ${browser.via})`)
  if (args.includes('--notes')) {
    const rest = args.filter(a => a !== '--notes')
    const folder = browsersFolderFor(browser)
    return spawnSync(slidev, ['export-notes', ...rest], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: folder },
    }).status ?? 1
  }
  return spawnSync(slidev, [
    'export',
    '--executable-path',
    browser.path,
    ...args,
  ], { cwd: projectRoot, stdio: 'inherit' }).status ?? 1
}

process.exit(main())
