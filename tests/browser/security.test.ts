import type { Browser, Page } from 'playwright-core'
import type { HeaderServer } from '../../tools/serve-headers'
import type { ServedDeck } from './helpers'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cspValue, headersFile, headersFor, immutable, revalidate, securityHeaders } from '../../plugins/security-headers'
import { serveWithHeaders } from '../../tools/serve-headers'
import { sharedSubPath } from './global-setup'
import { buildDeck, copyWithEdit, servedDeck } from './helpers'
import { watched } from './watch'

/**
 * The built deck under its own headers (plugins/security-headers.ts, served as its `_headers` file
 * says): the presenter view, the overview and the reader view run with no policy violation and no
 * console error (every slide at every step: every-slide.test.ts); the headers and the `<meta>` policy
 * are the ones the module defines; a repeat visit downloads nothing under assets/; a slide showing a
 * character the font lacks stops the build, naming it and its file.
 */

let browser: Browser
let opened: ServedDeck<HeaderServer>
let server: HeaderServer
let dist: string

beforeAll(async () => {
  opened = await servedDeck(serveWithHeaders)
  server = opened.server
  browser = opened.browser
  dist = opened.dir
})

afterAll(async () => {
  await opened?.close()
})

describe('the built deck under its content security policy', () => {
  // One page loads each address in turn: a new page costs Chromium about twice what a load in an open one does.
  let page: Page
  let problems: () => Promise<string[]>

  beforeAll(async () => {
    page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    })
    problems = await watched(page)
  })

  afterAll(async () => {
    await page?.close()
  })

  it.each([
    'presenter/1',
    'presenter/5',
    'overview',
    'reader',
  ])('runs /%s with no violation and no console error', async (path) => {
    const response = await page.goto(`${server.url}${path}`)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(500)
    expect(await page.locator('#app').innerText()).not.toBe('')
    expect(await problems()).toEqual([])
  })
})

/** Slide 1 drawn (its chunks loaded), the fonts ready and the network quiet. */
async function openSlide1(page: Page): Promise<void> {
  await page.goto(`${server.url}1`)
  await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('networkidle')
}

describe('the headers', () => {
  it('serves the module\'s headers: the policy everywhere, assets/ immutable, the rest revalidated', async () => {
    const asset = readdirSync(join(dist, 'assets')).find(f => f.endsWith('.js'))!
    // An app route (/7) is index.html under another path: _headers leaves its caching to the host's default.
    const cases: [string, string | null][] = [
      ['', revalidate],
      ['index.html', revalidate],
      ['7', null],
      ['favicon.svg', revalidate],
      [`assets/${asset}`, immutable],
    ]
    for (const [path, cache] of cases) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(200)
      for (const [name, value] of Object.entries(securityHeaders))
        expect(res.headers.get(name), `${name} of /${path}`).toBe(value)
      expect(res.headers.get('cache-control'), path).toBe(cache)
    }
  })

  it('writes _headers from the module and the policy, less frame-ancestors, into index.html', () => {
    const text = readFileSync(join(dist, '_headers'), 'utf8')
    expect(text).toBe(headersFile('/', [
      '404.html',
      'favicon.svg',
      'index.html',
      'og-image.png',
    ]))
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)
    expect(meta?.[1]).toBe(cspValue(true))
    expect(meta?.[1]).not.toContain('frame-ancestors')
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html.match(/<script[^>]*>/g)?.filter(tag => !tag.includes(' src=')) ?? []).toEqual([])
  })

  it('downloads nothing under assets/ on a repeat visit', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    const page = await context.newPage()
    await openSlide1(page)
    const first = [...server.sent].filter(([p]) => p.startsWith('/assets/')).reduce((s, [, n]) => s + n, 0)
    server.sent.clear()
    await page.goto('about:blank')
    await openSlide1(page)
    const again = [...server.sent].filter(([p]) => p.startsWith('/assets/'))
    await context.close()
    expect(first).toBeGreaterThan(0)
    expect(again).toEqual([])
  })
})

describe('the sub-path build', () => {
  it('puts the base into _headers and runs slide 1 and the presenter view under the policy', async () => {
    const built = buildDeck(sharedSubPath)
    expect(built.result.status, built.result.output).toBe(0)
    expect(readFileSync(join(built.dir, '_headers'), 'utf8')).toContain(`${sharedSubPath}assets/*\n`)
    const sub = await serveWithHeaders(built.dir, sharedSubPath)
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    const problems = await watched(page)
    for (const path of ['1', 'presenter/1']) {
      await page.goto(`${sub.url}${path}`, { waitUntil: 'networkidle' })
      expect(headersFor(sub.rules, `${sharedSubPath}${path}`)['Content-Security-Policy']).toBe(cspValue())
      expect(await problems(), path).toEqual([])
    }
    await page.close()
    await sub.close()
  })
})

describe('the font subset', () => {
  it('stops the build at a character the font lacks, naming it and the file', () => {
    const copy = copyWithEdit('pages/us.md', '# U.S.: cordial', '# U.S. ≤ cordial')
    const { result } = buildDeck('/', copy)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('"≤" (U+2264) in pages/us.md')
  })
})
