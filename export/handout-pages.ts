import type { PDFDocument, PDFEmbeddedPage, PDFFont, PDFPage, PDFRef } from 'pdf-lib'
import type { DeckSlide } from './deck.ts'
import type { HandoutInput, Paper } from './handout-layout.ts'
import { rgb } from 'pdf-lib'
import { footerY, handoutSlideBox, margin, papers } from './handout-layout.ts'
import { plainNoteParagraphs } from './notes-text.ts'
import { checkGlyphs, formatDate, wrap } from './pdf-text.ts'

/**
 * The handout's pages, drawn with pdf-lib: the cover, a page per slide (the slide, its number and title,
 * its notes, continued on further pages when too long), and the running footer on every page.
 */

const ink = rgb(0.12, 0.14, 0.17)
const muted = rgb(0.38, 0.41, 0.45)
const rule = rgb(0.78, 0.8, 0.83)
type Colour = typeof ink

/** The handout being drawn: its document, paper, fonts, and the pages and bookmarks so far. */
export interface Sheet {
  doc: PDFDocument
  paper: Paper
  W: number
  H: number
  textWidth: number
  regular: PDFFont
  bold: PDFFont
  pages: PDFPage[]
  bookmarks: { title: string, page: PDFRef }[]
}

export function newSheet(doc: PDFDocument, paper: Paper, regular: PDFFont, bold: PDFFont): Sheet {
  const [W, H] = papers[paper]
  return {
    doc,
    paper,
    W,
    H,
    textWidth: W - 2 * margin,
    regular,
    bold,
    pages: [],
    bookmarks: [],
  }
}

function newPage(sheet: Sheet): PDFPage {
  const p = sheet.doc.addPage([sheet.W, sheet.H])
  sheet.pages.push(p)
  return p
}

/** Draws `text` wrapped to the text width, from `y` down, lines `size × lineHeight` apart; returns the y under it. */
function drawWrapped(sheet: Sheet, page: PDFPage, y: number, text: string, font: PDFFont, size: number, color: Colour, lineHeight: number): number {
  for (const line of wrap(text, font, size, sheet.textWidth)) {
    page.drawText(line, { x: margin, y, size, font, color })
    y -= size * lineHeight
  }
  return y
}

/** The cover's paragraphs after the title: text, font, size, colour and the gap under it. */
function coverParagraphs(sheet: Sheet, input: HandoutInput): [string, PDFFont, number, Colour, number][] {
  const { regular, bold } = sheet
  const s = input.source
  const dated = s.date
    ? `, ${s.date}`
    : ''
  return [
    ...(input.subtitle
      ? [
          [input.subtitle, regular, 14, muted, 14] as [string, PDFFont, number, Colour, number],
        ]
      : []),
    [
      'Handout: every slide with its speaker notes',
      regular,
      12,
      ink,
      2,
    ],
    [
      `Made on ${formatDate(input.date)}${input.author
        ? ` by the ${input.author}`
        : ''}`,
      regular,
      12,
      ink,
      28,
    ],
    ['Source article', bold, 12, ink, 0],
    [
      `${s.publisher}, “${s.title}”${dated}. ${s.url}`,
      regular,
      12,
      ink,
      20,
    ],
    [
      'How to cite this deck',
      bold,
      12,
      ink,
      0,
    ],
    [
      `${input.author ?? 'Authors'}, “${input.title}”, slide deck with speaker notes, ${formatDate(input.date)}. Based on ${s.publisher}, “${s.title}”${dated}.`,
      regular,
      12,
      ink,
      20,
    ],
    [
      'Every figure, date and quotation is sourced on its slide; the last slide lists all sources with their links.',
      regular,
      10.5,
      muted,
      0,
    ],
  ]
}

export function drawCover(sheet: Sheet, input: HandoutInput): void {
  const page = newPage(sheet)
  sheet.bookmarks.push({ title: 'Cover', page: page.ref })
  let y = drawWrapped(sheet, page, sheet.H - 150, input.title, sheet.bold, 26, ink, 1.2) - 10
  for (const [text, font, size, color, gap] of coverParagraphs(sheet, input)) {
    checkGlyphs(text, font, 'handout cover')
    y = drawWrapped(sheet, page, y, text, font, size, color, 1.4) - gap
  }
}

/** Draws the slide at the top of a new page (framed when light) and returns the page. */
function drawSlide(sheet: Sheet, slide: DeckSlide, embedded: PDFEmbeddedPage, dark: boolean): { page: PDFPage, under: number } {
  const place = handoutSlideBox(sheet.paper, embedded.width, embedded.height)
  const scale = place.width / embedded.width
  const slideH = place.height
  const page = newPage(sheet)
  sheet.bookmarks.push({ title: `${slide.no}. ${slide.title || `Slide ${slide.no}`}`, page: page.ref })
  const top = sheet.H - margin
  page.drawPage(embedded, {
    x: margin,
    y: top - slideH,
    xScale: scale,
    yScale: scale,
  })
  // A light slide on white paper gets a thin frame, drawn just outside it so that the slide's own edge is
  // untouched; a dark slide needs none.
  if (!dark) {
    page.drawRectangle({
      x: margin - 1,
      y: top - slideH - 1,
      width: sheet.textWidth + 2,
      height: slideH + 2,
      borderColor: rule,
      borderWidth: 0.5,
    })
  }
  return { page, under: top - slideH }
}

/** The notes from `y` down, continued on new pages (under a "notes continued" heading) when they run out. */
function drawNotes(sheet: Sheet, slide: DeckSlide, heading: string, page: PDFPage, y: number): void {
  const { regular } = sheet
  const size = 10.5
  const leading = size * 1.45
  const paragraphs = plainNoteParagraphs(slide.note)
  if (!paragraphs.length) {
    page.drawText('(no speaker notes)', {
      x: margin,
      y,
      size,
      font: regular,
      color: muted,
    })
    return
  }
  const bottom = footerY + 28
  for (const paragraph of paragraphs) {
    checkGlyphs(paragraph, regular, `${slide.file}: slide ${slide.no} notes`)
    for (const line of wrap(paragraph, regular, size, sheet.textWidth)) {
      if (y < bottom) {
        page = newPage(sheet)
        y = drawWrapped(sheet, page, sheet.H - margin - 4, `${heading} (notes continued)`, sheet.bold, 11, muted, 1.3) - 10
      }
      page.drawText(line, {
        x: margin,
        y,
        size,
        font: regular,
        color: ink,
      })
      y -= leading
    }
    y -= size * 0.6
  }
}

/** A slide's page(s): the slide, its number and title, its notes. */
export function drawSlidePages(sheet: Sheet, slide: DeckSlide, embedded: PDFEmbeddedPage, dark: boolean): void {
  const { page, under } = drawSlide(sheet, slide, embedded, dark)
  const heading = `${slide.no}   ${slide.title || `Slide ${slide.no}`}`
  checkGlyphs(heading, sheet.bold, `${slide.file}: slide ${slide.no} title`)
  const y = drawWrapped(sheet, page, under - 28, heading, sheet.bold, 14, ink, 1.3) - 6
  drawNotes(sheet, slide, heading, page, y)
}

/** Running footer on every page: a rule, the deck's title and the page number. */
export function drawFooters(sheet: Sheet, title: string): void {
  const { regular, W, pages } = sheet
  const footerTitle = wrap(title, regular, 8.5, sheet.textWidth - 80)[0]!
  pages.forEach((page, i) => {
    page.drawLine({
      start: { x: margin, y: footerY + 12 },
      end: { x: W - margin, y: footerY + 12 },
      thickness: 0.5,
      color: rule,
    })
    page.drawText(footerTitle, {
      x: margin,
      y: footerY,
      size: 8.5,
      font: regular,
      color: muted,
    })
    const no = `Page ${i + 1} of ${pages.length}`
    page.drawText(no, {
      x: W - margin - regular.widthOfTextAtSize(no, 8.5),
      y: footerY,
      size: 8.5,
      font: regular,
      color: muted,
    })
  })
}
