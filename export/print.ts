import type { Page } from 'playwright-chromium'
import type { Paper } from './handout-layout.ts'
import type { ExportJob } from './job.ts'
import type { SlideSize } from './pdf-edge.ts'
import { fontsSettled } from '../plugins/export-ready.ts'
import { papers } from './handout-layout.ts'
import { ExportError } from './job.ts'

/**
 * Prints a page of the deck with Chromium as a tagged PDF (headings, figures with their alternative text,
 * reading order, the document's language): Slidev's own exporter cannot ask Chromium for tags, so the slide
 * PDF and the handout are printed here, from the run's server and browser (export/session.ts); the page
 * waits until every slide is drawn and the fonts are in.
 */

export interface PrintRequest extends PageRequest {
  /** Runs in the page once it is drawn, before printing (e.g. the handout's cover). */
  prepare?: (page: Page) => Promise<void>
  /** Chromium's outline from the headings (the handout's bookmarks). */
  outline?: boolean
  /** A paper (the handout) instead of the slide size, with its margins in points. */
  paper?: Paper
  margin?: { side: number, bottom: number }
  /** HTML of the footer on every page (Chromium fills `.pageNumber`, `.totalPages`). */
  footer?: string
}

/** In the page: every slide of the deck drawn (none "Loading slide..."); the fonts are fontsSettled()'s. */
function drawn(want: number): boolean {
  if (document.querySelector('.slidev-slide-loading'))
    return false
  const pages = [
    ...document.querySelectorAll('#app .slidev-page'),
  ]
  return pages.length >= want && pages.every(el => el.textContent?.trim() || el.querySelector('svg, img'))
}

/**
 * Waits until every slide is drawn. Vite's dependency optimizer may reload the page once on a cold cache
 * ("new dependencies optimized"), which ends the wait with a destroyed context: it then waits again.
 */
async function waitDrawn(page: Page, slides: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForFunction(`(${fontsSettled})() && (${drawn})(${slides})`, undefined, { timeout: 120_000, polling: 250 })
      break
    }
    catch (e) {
      if (attempt >= 3 || !/context was destroyed|navigat/i.test((e as Error).message))
        throw e
      await page.waitForLoadState('load')
    }
  }
  // A face that could not be loaded would print the slides in a fallback font: say so instead.
  const failed = await page.evaluate(() => {
    const names: string[] = []
    document.fonts.forEach((face) => {
      if (face.status === 'error')
        names.push(`${face.family} ${face.weight}`)
    })
    return names
  })
  if (failed.length)
    throw new ExportError(`the deck's font could not be loaded (${failed.join(', ')}); the dev server's message above says why (is the font package installed, npm ci?)`)
  // The last transitions and the charts' step animations end.
  await page.waitForTimeout(800)
}

export interface PageRequest {
  /** The path under the deck, e.g. `/print?print=true` or `/reader`. */
  path: string
  /** The slide size (the window is the slide; screen media), or none (a reading window; print media). */
  size?: SlideSize
  /** Pixels per CSS px (pictures). */
  scale?: number
  /** The window's width in CSS px when there is no slide size (the handout's text column). */
  width?: number
}

/**
 * Opens `request.path` of the deck in the run's Chromium, waits until every slide is drawn, and hands the
 * page to `use`.
 */
export async function withDeckPage<T>(job: ExportJob, request: PageRequest, use: (page: Page) => Promise<T>): Promise<T> {
  const { url } = await job.session.open()
  const browser = await job.session.browser()
  const colorScheme = job.args.dark ? 'dark' : 'light'
  const context = await browser.newContext({
    colorScheme,
    deviceScaleFactor: request.scale ?? 1,
    viewport: request.size
      ? {
          width: request.size.width,
          height: Math.ceil(request.size.height),
        }
      : { width: request.width ?? 1100, height: 900 },
  })
  try {
    const page = await context.newPage()
    await page.goto(url + request.path, { waitUntil: 'load', timeout: 120_000 })
    await page.emulateMedia({
      colorScheme,
      media: request.size ? 'screen' : 'print',
    })
    await waitDrawn(page, job.deck.length)
    return await use(page)
  }
  finally {
    await context.close()
  }
}

/** The PDF's page size and margins: the slide's (no margin), or a paper's. */
function pageSize(request: PrintRequest): Parameters<Page['pdf']>[0] {
  if (request.size) {
    return {
      width: `${request.size.width}px`,
      height: `${request.size.height}px`,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    }
  }
  const [w, h] = papers[request.paper ?? 'a4']
  const m = request.margin ?? { side: 0, bottom: 0 }
  const inch = (pt: number): string => `${pt / 72}in`
  const side = inch(m.side)
  return {
    width: inch(w),
    height: inch(h),
    margin: {
      top: side,
      right: side,
      left: side,
      bottom: inch(m.bottom),
    },
  }
}

/** Prints `request.path` of the deck to a tagged PDF and returns its bytes. */
export async function printTagged(job: ExportJob, request: PrintRequest): Promise<Uint8Array> {
  return withDeckPage(job, request, async (page) => {
    await request.prepare?.(page)
    const pdf = await page.pdf({
      ...pageSize(request),
      printBackground: true,
      tagged: true,
      outline: Boolean(request.outline),
      displayHeaderFooter: Boolean(request.footer),
      headerTemplate: '<span></span>',
      footerTemplate: request.footer ?? '<span></span>',
    })
    return new Uint8Array(pdf)
  })
}
