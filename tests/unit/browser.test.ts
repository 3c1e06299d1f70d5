import type { Machine } from '../../export/browser'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findBrowser, installLocations, noBrowserMessage } from '../../export/browser'

const dir = mkdtempSync(join(tmpdir(), 'fake-browsers-'))
function fake(name: string) {
  const file = join(dir, name)
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return file
}
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A Linux machine on which only the fake browsers of this test exist (not this machine's own). */
const onlyFakes: Machine = {
  platform: 'linux',
  home: '/home/someone',
  exists: path => path.startsWith(dir) && existsSync(path),
}

/** A machine of the given platform with exactly these files. */
function machine(platform: NodeJS.Platform, files: string[], home = '/home/someone'): Machine {
  return {
    platform,
    home,
    exists: path => files.includes(path),
  }
}

const none = () => undefined

describe('findBrowser: CHROMIUM_PATH, then a system browser on PATH, then its usual install place, then Playwright\'s own', () => {
  it('takes CHROMIUM_PATH first', () => {
    const mine = fake('my-chrome')
    const onPath = fake('chromium')
    expect(findBrowser({ CHROMIUM_PATH: mine, PATH: dir })).toEqual({ path: mine, via: 'CHROMIUM_PATH' })
    expect(onPath).toBe(join(dir, 'chromium'))
  })

  it('says so when CHROMIUM_PATH names no file', () => {
    expect(() => findBrowser({
      CHROMIUM_PATH: join(dir, 'missing'),
      PATH: dir,
    })).toThrow(/CHROMIUM_PATH is set to ".*missing", but no file is there/)
  })

  it('then finds a Chromium or Chrome on PATH', () => {
    const chrome = fake('google-chrome')
    const other = mkdtempSync(join(tmpdir(), 'fake-path-'))
    try {
      expect(findBrowser({ PATH: `${other}:${dir}` })).toEqual({
        path: join(dir, 'chromium'),
        via: 'PATH',
      })
      rmSync(join(dir, 'chromium'))
      expect(findBrowser({ PATH: `${other}:${dir}` })).toEqual({ path: chrome, via: 'PATH' })
    }
    finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('then Playwright\'s own download, and else nothing', () => {
    const downloaded = fake('chrome-from-playwright')
    expect(findBrowser({ PATH: '' }, () => downloaded, onlyFakes)).toEqual({ path: downloaded, via: 'playwright' })
    expect(findBrowser({ PATH: dir }, () => downloaded, onlyFakes)?.via).toBe('PATH')
    expect(findBrowser({ PATH: '' }, none, onlyFakes)).toBeUndefined()
  })
})

describe('findBrowser: where installers put Chrome, Chromium and Edge', () => {
  it('macOS: /Applications, then ~/Applications; Chrome before Chromium before Edge', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    const mineChromium = '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium'
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    const mac = (files: string[]) => machine('darwin', files, '/Users/ana')
    expect(findBrowser({ PATH: '/usr/bin:/bin' }, none, mac([chrome, edge]))).toEqual({ path: chrome, via: 'installed' })
    expect(findBrowser({ PATH: '/usr/bin:/bin' }, none, mac([edge]))).toEqual({ path: edge, via: 'installed' })
    expect(findBrowser({ PATH: '/usr/bin:/bin' }, none, mac([mineChromium]))).toEqual({ path: mineChromium, via: 'installed' })
    // PATH still comes first, Playwright's own last.
    expect(findBrowser({ PATH: '/opt/bin' }, none, mac([chrome, '/opt/bin/chromium']))?.path).toBe('/opt/bin/chromium')
    expect(findBrowser({ PATH: '' }, () => '/pw/chrome', mac([chrome]))?.via).toBe('installed')
    expect(findBrowser({ PATH: '' }, () => '/pw/chrome', mac([]))).toEqual({ path: '/pw/chrome', via: 'playwright' })
  })

  it('windows: Program Files, Program Files (x86) and LocalAppData from the environment; chrome.exe or msedge.exe on Path', () => {
    const env = {
      'PATH': 'C:\\Windows\\system32;C:\\Tools',
      'PROGRAMFILES': 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      'LOCALAPPDATA': 'C:\\Users\\ana\\AppData\\Local',
    }
    const win = (files: string[]) => machine('win32', files, 'C:\\Users\\ana')
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    const chrome86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
    const userChrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findBrowser(env, none, win([chrome, edge]))).toEqual({ path: chrome, via: 'installed' })
    expect(findBrowser(env, none, win([chrome86]))?.path).toBe(chrome86)
    expect(findBrowser(env, none, win([userChrome]))?.path).toBe(userChrome)
    expect(findBrowser(env, none, win([edge]))).toEqual({ path: edge, via: 'installed' })
    expect(findBrowser(env, none, win([edge, 'C:\\Tools\\chrome.exe']))).toEqual({ path: 'C:\\Tools\\chrome.exe', via: 'PATH' })
    expect(findBrowser({ ...env, LOCALAPPDATA: undefined }, none, win([userChrome]))).toBeUndefined()
  })

  it('linux: /usr/bin, the snap, /opt/google/chrome and Edge', () => {
    const linux = (files: string[]) => machine('linux', files)
    for (const path of [
      '/usr/bin/chromium',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/usr/bin/microsoft-edge',
      '/opt/microsoft/msedge/msedge',
    ])
      expect(findBrowser({ PATH: '/home/someone/bin' }, none, linux([path]))).toEqual({ path, via: 'installed' })
    expect(findBrowser({ PATH: '' }, none, linux(['/snap/bin/chromium', '/opt/google/chrome/chrome']))?.path).toBe('/snap/bin/chromium')
    expect(installLocations({}, linux([]))).toContain('/usr/bin/google-chrome-stable')
  })

  it('the message with none found says what to install on each system and names CHROMIUM_PATH', () => {
    expect(findBrowser({ PATH: '' }, none, machine('darwin', []))).toBeUndefined()
    expect(noBrowserMessage).toMatch(/apt-get install chromium/)
    expect(noBrowserMessage).toMatch(/macOS and Windows: the Google Chrome or Edge installer/)
    expect(noBrowserMessage).toMatch(/CHROMIUM_PATH/)
  })
})
