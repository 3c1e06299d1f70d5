import type { FoundBrowser } from './browser.ts'
import type { ExportJob } from './job.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { projectRoot } from './deck.ts'
import { ExportError } from './job.ts'
import { browserOrExit, slidev } from './slidev.ts'

/** `--notes`: Slidev's notes PDF (titles and notes, no slides), made with the browser we found. */

/** Playwright's probe: launches its Chromium and prints OK, the path it is missing, or the error. */
const probe = `
    const { chromium } = require('playwright-chromium')
    chromium.launch({ timeout: 20000 }).then(b => b.close().then(() => console.log('OK')))
      .catch(e => { const m = /Executable doesn't exist at (\\S+)/.exec(e.message); console.log(m ? 'MISSING ' + m[1] : 'ERROR ' + e.message.split('\\n')[0]) })`

/**
 * `slidev export-notes` launches Playwright's browser with no way to name another one. Playwright looks
 * for its browsers under PLAYWRIGHT_BROWSERS_PATH, so a folder is laid out there whose executables are
 * links to the browser we found. Each path Playwright asks for is read from its own error message.
 */
function browsersFolderFor(browser: FoundBrowser, folder: string, env: NodeJS.ProcessEnv): string {
  mkdirSync(folder, { recursive: true })
  const require = createRequire(join(projectRoot, 'package.json'))
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...env,
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

export async function exportNotes(job: ExportJob): Promise<void> {
  const browser = browserOrExit()
  console.log(`export: using ${browser.path} (found via ${browser.via})`)
  const folder = browsersFolderFor(browser, join(job.work, 'browsers'), job.env)
  const status = await job.run(slidev, [
    'export-notes',
    '--output',
    job.output,
    ...job.args.pass,
  ], { PLAYWRIGHT_BROWSERS_PATH: folder })
  if (status !== 0)
    throw new ExportError(`slidev export-notes failed (exit ${status})`)
}
