import type { PDFRef } from 'pdf-lib'
import type { Page } from 'playwright-chromium'
import type { HandoutInput } from './handout-layout.ts'
import type { ExportJob } from './job.ts'
import { writeFileSync } from 'node:fs'
import process from 'node:process'
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { sourceById } from '../data/sources.ts'
import { coverHtml, footerHtml } from './handout-cover.ts'
import { columnWidth, margin, marginBottom } from './handout-layout.ts'
import { printTagged } from './print.ts'

/**
 * `--handout [--paper a4|letter] [--per-page 2]`: the reader view (`/reader`: every slide drawn live, its
 * title as a heading, its speaker notes) printed by Chromium as a tagged PDF, with its print styles
 * (reader/reader.css): a cover, then each slide with its notes on a page of its own (two to a page with
 * `--per-page 2`), notes too long for the page continued on the next, a footer with the deck's title and
 * the page number, a bookmark per slide from the headings, the fonts embedded by Chromium.
 */

/** The date the handout says it was made: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
function madeOn(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return Number.isFinite(epoch) && epoch > 0
    ? new Date(epoch * 1000)
    : new Date()
}

/** The handout's words, from the headmatter and data/sources.ts. */
export function handoutInput(job: ExportJob): HandoutInput {
  const head = job.deck[0]?.frontmatter ?? {}
  return {
    deck: job.deck,
    paper: job.args.paper,
    title: String(head.title ?? job.deck[0]?.title ?? 'Slides'),
    subtitle: typeof head.info === 'string'
      ? head.info.split('\n')[0]
      : undefined,
    author: typeof head.author === 'string'
      ? head.author
      : undefined,
    source: sourceById('article'),
    date: madeOn(),
  }
}

/** In the page: the handout's cover under the title, its document title, two slides a page if asked. */
async function prepare(page: Page, input: HandoutInput, perPage: number): Promise<void> {
  await page.evaluate(({ cover, title, perPage }) => {
    document.documentElement.classList.add('deck-handout')
    if (perPage === 2)
      document.documentElement.classList.add('deck-handout-2')
    document.querySelector('.reader-kicker')?.remove()
    document.querySelector('.reader h1')?.insertAdjacentHTML('afterend', cover)
    document.title = title
  }, {
    cover: coverHtml(input),
    title: `${input.title} — handout`,
    perPage,
  })
  // The slides scale to the narrower column (a ResizeObserver in Slidev's SlideContainer).
  await page.waitForTimeout(500)
}

/**
 * Chromium's bookmarks take a heading's text as laid out, and drop the space where a line wraps
 * ("autumn2022"): each bookmark whose title is a slide's or the deck's title but for spaces gets it back.
 */
function mendBookmarks(doc: PDFDocument, titles: string[]): void {
  const bare = (t: string): string => t.replace(/\s+/g, '')
  const byBare = new Map(titles.map(t => [
    bare(t),
    t,
  ]))
  const visit = (ref: unknown): void => {
    const item = doc.context.lookup(ref as PDFRef)
    if (!(item instanceof PDFDict))
      return
    const title = item.lookup(PDFName.of('Title'))
    const text = title instanceof PDFHexString || title instanceof PDFString
      ? title.decodeText()
      : ''
    const mended = byBare.get(bare(text))
    if (mended && mended !== text)
      item.set(PDFName.of('Title'), PDFHexString.fromText(mended))
    visit(item.get(PDFName.of('First')))
    visit(item.get(PDFName.of('Next')))
  }
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'))
  if (outlines instanceof PDFDict)
    visit(outlines.get(PDFName.of('First')))
}

/** Bookmarks mended, and viewers show the document's title in their title bar. */
async function finish(bytes: Uint8Array, titles: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  mendBookmarks(doc, titles)
  doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.obj({ DisplayDocTitle: PDFBool.True }))
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  return doc.save()
}

export async function exportHandout(job: ExportJob): Promise<void> {
  const input = handoutInput(job)
  const pdf = await printTagged(job, {
    path: '/reader',
    width: columnWidth(input.paper),
    paper: input.paper,
    margin: { side: margin, bottom: marginBottom },
    outline: true,
    footer: footerHtml(input.title, margin),
    prepare: async page => prepare(page, input, job.args.perPage),
  })
  writeFileSync(job.output, await finish(pdf, [
    input.title,
    ...job.deck.map(s => s.title),
  ]))
}
