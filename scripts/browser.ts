import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import process from 'node:process'

/** Flags for a headless Chromium that never talks to any host but the ones a page asks for. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const systemNames = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome',
]

function onPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir)
      continue
    const candidate = join(dir, name)
    if (existsSync(candidate))
      return candidate
  }
  return undefined
}

function playwrightOwn(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core') as typeof import('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path)
      ? path
      : undefined
  }
  catch {
    return undefined
  }
}

export interface FoundBrowser {
  path: string
  via: 'CHROMIUM_PATH' | 'PATH' | 'playwright'
}

/**
 * Finds a Chromium: the CHROMIUM_PATH environment variable, then a system Chromium or Chrome on PATH,
 * then Playwright's own download (`own`, replaceable in tests). Returns undefined when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, own: () => string | undefined = playwrightOwn): FoundBrowser | undefined {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`)
    return { path: fromEnv, via: 'CHROMIUM_PATH' }
  }
  for (const name of systemNames) {
    const found = onPath(name, env.PATH ?? '')
    if (found)
      return { path: found, via: 'PATH' }
  }
  const downloaded = own()
  return downloaded
    ? { path: downloaded, via: 'playwright' }
    : undefined
}

export const noBrowserMessage
  = 'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) '
    + 'or point CHROMIUM_PATH at a Chromium or Chrome executable.'

/** Like findBrowser, but stops with one clear sentence when there is none. */
export function requireBrowser(): FoundBrowser {
  const found = findBrowser()
  if (!found)
    throw new Error(noBrowserMessage)
  return found
}
