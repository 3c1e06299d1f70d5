import type { Page } from 'playwright-chromium'
import type { ExportJob } from './job.ts'
import type { SlideText } from './slide-text.ts'
import { writeFileSync } from 'node:fs'
import { PDFBool, PDFDocument, PDFName } from 'pdf-lib'
import { undrawnPdfPages } from './export-check.ts'
import { ExportError } from './job.ts'
import { slideSize, trimToSlides } from './pdf-edge.ts'
import { addOutline } from './pdf-text.ts'
import { printTagged } from './print.ts'
import { slideTexts, slideTextsKey } from './slide-text.ts'

/**
 * The slide PDF (the default output): Slidev's print page (every slide at its final click step) printed by
 * Chromium as a tagged PDF (export/print.ts), each page cropped to the slide (export/pdf-edge.ts), a
 * bookmark per slide, and viewers told to show the deck's title. Undrawn pages make it print once more,
 * then fail with the pages named.
 */

/** Bookmarks by slide title, and the title in the viewer's title bar (DisplayDocTitle). */
async function finish(bytes: Uint8Array, titles: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  addOutline(doc, doc.getPages().map((page, i) => ({ title: titles[i] || `Slide ${i + 1}`, page: page.ref })))
  doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.obj({ DisplayDocTitle: PDFBool.True }))
  return doc.save()
}

/**
 * The drawn, tagged slide PDF, cropped to the slides: the default output. In `--all`, the slides' text that
 * both PowerPoint files describe is read from the page printed here, not from a second load of it.
 */
export async function slidePdf(job: ExportJob): Promise<Uint8Array> {
  const size = slideSize(job.deck)
  let texts: SlideText[] | undefined
  const prepare = job.args.all
    ? async (page: Page): Promise<void> => {
      texts = await slideTexts(page)
    }
    : undefined
  for (let attempt = 1; ; attempt++) {
    const raw = await printTagged(job, { path: '/print?print=true', size, prepare })
    const problems = await undrawnPdfPages(raw, job.deck.length)
    if (!problems.length) {
      const read = texts
      if (read)
        await job.session.once(slideTextsKey, async () => read)
      return finish(await trimToSlides(raw, size, job.deck.length), job.deck.map(s => s.title))
    }
    if (attempt >= 2)
      throw new ExportError(`the slide PDF has slides that are not drawn: ${problems.slice(0, 8).join('; ')}. Is the machine very busy? Try again.`)
    console.warn(`export: slides not drawn (${problems.slice(0, 8).join('; ')}); printing once more`)
  }
}

export async function exportPdf(job: ExportJob): Promise<void> {
  writeFileSync(job.output, await slidePdf(job))
}
