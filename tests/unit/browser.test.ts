import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/browser'

const dir = mkdtempSync(join(tmpdir(), 'fake-browsers-'))
function fake(name: string) {
  const file = join(dir, name)
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return file
}
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('findBrowser: CHROMIUM_PATH, then a system browser on PATH, then Playwright\'s own', () => {
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
    expect(findBrowser({ PATH: '' }, () => downloaded)).toEqual({ path: downloaded, via: 'playwright' })
    expect(findBrowser({ PATH: dir }, () => downloaded)?.via).toBe('PATH')
    expect(findBrowser({ PATH: '' }, () => undefined)).toBeUndefined()
  })
})
