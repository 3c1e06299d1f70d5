import type { Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck.ts'
import type { InPageOptions } from './in-page-types.ts'
import type { SlideMeasure, SlideRow } from './rules.ts'
import * as inPage from './in-page.ts'
import { rules } from './rules.ts'

/**
 * Measuring a built deck in Chromium with Playwright: wait until a slide is still, then measure it in the
 * page (tools/room/in-page.ts), slide after slide.
 */

/** A script (an expression) for page.evaluate: every function of in-page.ts, then the call that measures. */
export function inPageScript(opts: InPageOptions): string {
  const functions = Object.values(inPage).filter(v => typeof v === 'function').map(String)
  return `(() => {\n${functions.join('\n')}\nreturn measureInPage(${JSON.stringify(opts)})\n})()`
}

/** A page whose script is stuck never answers page.evaluate: give up with a clear message instead. */
async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} did not finish within ${ms / 1000} s: is the page's script stuck?`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  }
  finally {
    clearTimeout(timer)
  }
}

/**
 * Waits until the slide shown is still: its page rendered, fonts loaded, images decoded, every
 * transition and animation (the slide change, the click steps) ended.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const visible = [
      ...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page'),
    ]
      .filter(p => getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0)
    return visible.length === 1 && visible[0]!.querySelector('.slidev-layout') !== null
  }, undefined, { timeout: 15_000 }).catch((e: Error) => {
    throw new Error(`${page.url()} showed no single rendered slide within 15 s (${e.message.split('\n')[0]}): is the page's script stuck?`)
  })
  await within(page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map(img => img.decode().catch(() => undefined)))
    const frame = (): Promise<void> => new Promise(done => requestAnimationFrame(() => done()))
    await frame()
    await frame()
    const deadline = performance.now() + 5000
    while (performance.now() < deadline) {
      const running = document.getAnimations()
        .filter(a => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
      if (running.length === 0)
        break
      await Promise.race([
        Promise.all(running.map(a => a.finished.catch(() => undefined))),
        new Promise(done => setTimeout(done, deadline - performance.now())),
      ])
      await frame()
    }
    await frame()
  }), 20_000, `Waiting for ${page.url()} to settle`)
}

/** Measures the slide the page shows now (call `settle` first). */
export async function measureSlide(page: Page): Promise<SlideMeasure> {
  const script = inPageScript({ footerZone: rules.footerZone, graphicArea: rules.graphicArea })
  return within(page.evaluate<SlideMeasure>(script), 20_000, `Measuring ${page.url()}`)
}

/**
 * In the page: Slidev's router goes to `path` (under the deck's base), as the deck's own navigation does.
 * False when the page has no router to ask (not a Slidev deck, or an update renamed what this reads).
 */
async function routeInApp(path: string): Promise<boolean> {
  const app = (document.querySelector('#app') as { __vue_app__?: { config: { globalProperties: { $router?: { push: (to: string) => Promise<unknown> } } } } } | null)?.__vue_app__
  const router = app?.config.globalProperties.$router
  if (!router)
    return false
  await router.push(path)
  return true
}

/**
 * Shows `path` of the deck (e.g. `5?clicks=999`) and waits until it is still: loaded when `load` (or when
 * the page has no router to ask), otherwise reached by the deck's router, as a presenter reaches it.
 */
export async function showSlide(page: Page, baseUrl: string, path: string, load: boolean): Promise<void> {
  if (load || !await page.evaluate(routeInApp, `/${path}`))
    await page.goto(`${baseUrl}${path}`)
  await settle(page)
}

/**
 * Shows `/N?clicks=999` (every click step shown) for each slide and measures it; `alsoOnEach` runs on
 * the still slide after the measure (the browser tests check more than the room rules in the same walk).
 * The first slide is loaded; the others are reached by the deck's router, as a presenter reaches them:
 * a page load costs Chromium about five times the CPU of a slide change.
 */
export async function measureDeck(page: Page, baseUrl: string, deck: DeckSlide[], alsoOnEach?: (slide: DeckSlide) => Promise<void>): Promise<SlideRow[]> {
  const rows: SlideRow[] = []
  for (const [i, slide] of deck.entries()) {
    await showSlide(page, baseUrl, `${slide.no}?clicks=999`, i === 0)
    const shown = await page.evaluate(() => [
      ...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page'),
    ]
      .find(p => getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0)
      ?.dataset
      .slidevNo)
    if (Number(shown) !== slide.no)
      throw new Error(`${baseUrl}${slide.no} shows slide ${shown}: the built deck does not have the slides of slides.md (built from another version?)`)
    rows.push({
      no: slide.no,
      title: slide.title,
      ...await measureSlide(page),
    })
    await alsoOnEach?.(slide)
  }
  return rows
}
