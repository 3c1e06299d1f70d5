import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'
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

/** Names of a Chromium, Chrome or Edge on PATH, in order of preference. */
const systemNames = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome',
  'microsoft-edge-stable',
  'microsoft-edge',
  'msedge',
]

/** What findBrowser asks of the machine; tests replace it to play macOS, Windows or Linux. */
export interface Machine {
  platform: NodeJS.Platform
  home: string
  exists: (path: string) => boolean
}

const thisMachine: Machine = {
  platform: process.platform,
  home: homedir(),
  exists: existsSync,
}

function onPath(name: string, env: NodeJS.ProcessEnv, machine: Machine): string | undefined {
  const windows = machine.platform === 'win32'
  const { delimiter, join } = windows
    ? win32
    : posix
  const names = windows
    ? [`${name}.exe`, name]
    : [name]
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir)
      continue
    for (const file of names) {
      const candidate = join(dir, file)
      if (machine.exists(candidate))
        return candidate
    }
  }
  return undefined
}

/** Where installers put Chrome, Chromium and Edge when they are not on PATH, in order of preference. */
export function installLocations(env: NodeJS.ProcessEnv, machine: Machine): string[] {
  if (machine.platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
    return [
      '/Applications',
      posix.join(machine.home, 'Applications'),
    ]
      .flatMap(dir => apps.map(app => posix.join(dir, app)))
  }
  if (machine.platform === 'win32') {
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ]
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((dir): dir is string => Boolean(dir))
    return apps.flatMap(app => roots.map(dir => win32.join(dir, app)))
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ]
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
  via: 'CHROMIUM_PATH' | 'PATH' | 'installed' | 'playwright'
}

/**
 * Finds a Chromium: the CHROMIUM_PATH environment variable, then a Chromium, Chrome or Edge on PATH,
 * then one where its installer puts it (macOS /Applications and ~/Applications; Windows Program Files,
 * Program Files (x86) and LocalAppData; Linux /usr/bin, /snap/bin, /opt), then Playwright's own download
 * (`own`). `own` and `machine` are replaceable in tests. Returns undefined when there is none.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  own: () => string | undefined = playwrightOwn,
  machine: Machine = thisMachine,
): FoundBrowser | undefined {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!machine.exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`)
    return { path: fromEnv, via: 'CHROMIUM_PATH' }
  }
  for (const name of systemNames) {
    const found = onPath(name, env, machine)
    if (found)
      return { path: found, via: 'PATH' }
  }
  const installed = installLocations(env, machine).find(path => machine.exists(path))
  if (installed)
    return { path: installed, via: 'installed' }
  const downloaded = own()
  return downloaded
    ? { path: downloaded, via: 'playwright' }
    : undefined
}

export const noBrowserMessage
  = 'No Chromium found: install Google Chrome, Chromium or Microsoft Edge in the usual place '
    + '(Debian/Ubuntu: `sudo apt-get install chromium`; macOS and Windows: the Google Chrome or Edge installer), '
    + 'or point CHROMIUM_PATH at a Chromium, Chrome or Edge executable.'

/** Like findBrowser, but stops with one clear sentence when there is none. */
export function requireBrowser(): FoundBrowser {
  const found = findBrowser()
  if (!found)
    throw new Error(noBrowserMessage)
  return found
}
