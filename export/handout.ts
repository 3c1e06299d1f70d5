import type { HandoutInput } from './handout-layout.ts'
import type { ExportJob } from './job.ts'
import { writeFileSync } from 'node:fs'
import process from 'node:process'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'
import { sourceById } from '../data/sources.ts'
import { drawCover, drawFooters, drawSlidePages, newSheet } from './handout-pages.ts'
import { addOutline, fontFile } from './pdf-text.ts'
import { slidePdf } from './pdf.ts'

/**
 * `--handout [--paper a4|letter]`: a cover page, then one page per slide (the slide at the top, embedded
 * from the slide PDF as vector graphics, its number and title, its speaker notes beneath), notes too long
 * for the page continued on the next. Source Sans 3 (the deck's font) is embedded as a subset. A bookmark
 * per slide.
 */

/** A new PDF with the handout's metadata and the deck's font, regular and bold, embedded as subsets. */
async function handoutDocument(input: HandoutInput) {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const regular = await doc.embedFont(fontFile(400), { subset: true })
  const bold = await doc.embedFont(fontFile(700), { subset: true })
  doc.setTitle(`${input.title} — handout`)
  if (input.author)
    doc.setAuthor(input.author)
  doc.setSubject('Each slide with its speaker notes')
  doc.setCreator('npm run export -- --handout')
  doc.setLanguage('en')
  return { doc, regular, bold }
}

export async function makeHandout(input: HandoutInput): Promise<Uint8Array> {
  const { deck, paper } = input
  const src = await PDFDocument.load(input.slidesPdf)
  if (src.getPageCount() !== deck.length)
    throw new Error(`The slide PDF has ${src.getPageCount()} pages, the deck ${deck.length} slides`)
  const { doc, regular, bold } = await handoutDocument(input)
  const sheet = newSheet(doc, paper, regular, bold)
  drawCover(sheet, input)
  // All pages are embedded in one go, so that what they share (the fonts) is copied once.
  const embeddedPages = await doc.embedPages(src.getPages(), src.getPages().map((p) => {
    const box = p.getMediaBox()
    return {
      left: box.x,
      bottom: box.y,
      right: box.x + box.width,
      top: box.y + box.height,
    }
  }))
  for (const slide of deck)
    drawSlidePages(sheet, slide, embeddedPages[slide.no - 1]!, Boolean(input.dark))
  drawFooters(sheet, input.title)
  addOutline(doc, sheet.bookmarks)
  return doc.save()
}

/** The date the handout says it was made: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
function madeOn(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  return Number.isFinite(epoch) && epoch > 0
    ? new Date(epoch * 1000)
    : new Date()
}

export async function exportHandout(job: ExportJob): Promise<void> {
  const { deck, args } = job
  const head = deck[0]?.frontmatter ?? {}
  const bytes = await makeHandout({
    slidesPdf: await slidePdf(job),
    deck,
    paper: args.paper,
    title: String(head.title ?? deck[0]?.title ?? 'Slides'),
    subtitle: typeof head.info === 'string'
      ? head.info.split('\n')[0]
      : undefined,
    author: typeof head.author === 'string'
      ? head.author
      : undefined,
    source: sourceById('article'),
    dark: args.dark,
    date: madeOn(),
  })
  writeFileSync(job.output, bytes)
}
