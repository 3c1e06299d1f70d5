import type { Page } from 'playwright-core'
import type { DeckSlide } from '../../export/deck'

/** What the reader view tests (reader.test.ts, and the one-file build's in single-file.test.ts) read of a page. */

/** Waits until every slide of the reader is drawn and the web font is in. */
export async function readerReady(page: Page, deck: DeckSlide[]): Promise<void> {
  for (const slide of deck)
    await page.locator(`#slide-${slide.no} .slidev-page-${slide.no}`).first().waitFor({ state: 'attached', timeout: 20_000 })
  await page.locator(`#slide-${deck.length} .reader-notes p`).first().waitFor({ timeout: 20_000 })
  await page.evaluate(() => document.fonts.ready)
}

/** Each slide block's notes as paragraphs of text, by slide number. */
export async function notesOnPage(page: Page): Promise<Record<number, string[]>> {
  return page.evaluate(() => Object.fromEntries([
    ...document.querySelectorAll<HTMLElement>('section[id^="slide-"]'),
  ]
    .map(s => [
      Number(s.id.slice('slide-'.length)),
      [
        ...s.querySelectorAll('.reader-notes p'),
      ].map(p => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ])))
}

/** Where slide `no`'s block starts, relative to the top of the window. */
export async function blockTop(page: Page, no: number): Promise<number> {
  return page.evaluate(n => document.getElementById(`slide-${n}`)!.getBoundingClientRect().top, no)
}
