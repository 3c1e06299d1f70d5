import type { Browser, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { serveWithHeaders } from '../serve-headers.ts'
import { serveStatic } from '../serve.ts'

/**
 * What a built deck costs in the browser: the bytes before slide 1 shows, the bytes under assets/ a
 * repeat visit downloads, and the time of a slide change.
 */

/** Opens slide 1 of the served deck and waits until its heading shows. */
async function openFirst(page: Page, url: string): Promise<void> {
  await page.goto(`${url}1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
}

/** Gzipped size of the files the browser asked for (index.html for a path that is the app's route). */
function gzipBytes(dist: string, paths: Set<string>): number {
  let bytes = 0
  for (const path of paths) {
    const file = join(dist, path === '/' || path === '/1'
      ? 'index.html'
      : path)
    try {
      bytes += gzipSync(readFileSync(file)).length
    }
    catch {
      bytes += gzipSync(readFileSync(join(dist, 'index.html'))).length
    }
  }
  return bytes
}

/** Bytes (gzip) the browser downloads before slide 1 shows. */
export async function firstLoad(browser: Browser, dist: string): Promise<number> {
  const server = await serveStatic(dist)
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  const files = new Set<string>()
  page.on('requestfinished', r => files.add(new URL(r.url()).pathname))
  await openFirst(page, server.url)
  await page.evaluate(() => document.fonts.ready)
  await page.close()
  await server.close()
  return gzipBytes(dist, files)
}

/**
 * Bytes under assets/ that a second visit to slide 1 downloads, in the same browser profile, served
 * with the hosting headers (tools/serve-headers.ts): 0 when the hashed files are cached as immutable.
 */
export async function repeatVisitAssetBytes(browser: Browser, dist: string): Promise<number> {
  const server = await serveWithHeaders(dist)
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  await openFirst(page, server.url)
  await page.evaluate(() => document.fonts.ready)
  server.sent.clear()
  await page.goto('about:blank')
  await openFirst(page, server.url)
  await page.evaluate(() => document.fonts.ready)
  await context.close()
  await server.close()
  return [...server.sent].filter(([path]) => path.startsWith('/assets/')).reduce((sum, [, bytes]) => sum + bytes, 0)
}

/** Milliseconds from an ArrowDown key press to slide `target`'s heading being painted. */
async function timeChange(page: Page, target: number): Promise<number> {
  return page.evaluate(async (target) => {
    const t0 = performance.now()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }))
    await new Promise<void>((done) => {
      const check = () => document.querySelector(`.slidev-page-${target} h1`)
        ? done()
        : requestAnimationFrame(check)
      check()
    })
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))
    return performance.now() - t0
  }, target)
}

/** Milliseconds from the key press to the next slide's heading being painted, for every slide change. */
export async function slideChanges(browser: Browser, dist: string, slides: number, rounds: number): Promise<number[]> {
  const server = await serveStatic(dist)
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  await openFirst(page, server.url)
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (let no = 1; no <= slides; no++) {
      // After the last slide, back to the first by loading it (the Home key's transition is not timed).
      if (no === slides) {
        await openFirst(page, server.url)
        continue
      }
      times.push(await timeChange(page, no + 1))
      await page.waitForTimeout(700)
    }
  }
  await page.close()
  await server.close()
  return times
}
