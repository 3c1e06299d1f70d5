import type { PDFFont, PDFPage, PDFRef } from 'pdf-lib'
import type { DeckSlide } from './deck.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, PDFHexString, PDFName, rgb } from 'pdf-lib'
import { plainNoteParagraphs } from './notes-text.ts'

/**
 * The handout: a cover page, then one page per slide (the slide at the top, embedded from the slide PDF
 * as vector graphics, its number and title, its speaker notes beneath), notes too long for the page
 * continued on the next. Source Sans 3 (the deck's font) is embedded as a subset. A bookmark per slide.
 */

export const papers = {
  a4: [595.28, 841.89],
  letter: [612, 792],
} as const
export type Paper = keyof typeof papers

export interface HandoutSource {
  title: string
  publisher: string
  date?: string
  url: string
}

export interface HandoutInput {
  /** One page per slide, in deck order, already cropped to the slide (scripts/pdf-edge.ts). */
  slidesPdf: Uint8Array
  deck: DeckSlide[]
  paper: Paper
  /** The deck's title (headmatter `title`). */
  title: string
  /** What the deck is (headmatter `info`, first line). */
  subtitle?: string
  author?: string
  source: HandoutSource
  date: Date
  /** Dark slides: no frame is drawn around them (their own background marks their edge). */
  dark?: boolean
}

const margin = 56
const footerY = 34
const ink = rgb(0.12, 0.14, 0.17)
const muted = rgb(0.38, 0.41, 0.45)
const rule = rgb(0.78, 0.8, 0.83)

/** Where a slide of `width` × `height` pt sits on a handout page (PDF points, origin bottom left). */
export function handoutSlideBox(paper: Paper, width: number, height: number): { x: number, y: number, width: number, height: number } {
  const [W, H] = papers[paper]
  const w = W - 2 * margin
  const h = height * w / width
  return {
    x: margin,
    y: H - margin - h,
    width: w,
    height: h,
  }
}

function fontFile(weight: 400 | 700): Uint8Array {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('@fontsource/source-sans-3/package.json'))
  // fontkit reads WOFF reliably; its WOFF2 reader names the 400 weight "ExtraLight".
  return readFileSync(join(dir, 'files', `source-sans-3-latin-${weight}-normal.woff`))
}

/**
 * Splits text into lines no wider than `width`, breaking at spaces (a word longer than a line is split).
 * Words are measured one at a time (shaping a whole line per candidate is quadratic and slow with fontkit).
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const widths = new Map<string, number>()
  const measure = (w: string): number => {
    let v = widths.get(w)
    if (v === undefined) {
      v = font.widthOfTextAtSize(w, size)
      widths.set(w, v)
    }
    return v
  }
  const space = measure(' ')
  const room = width * 0.995
  const lines: string[] = []
  for (const hard of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    for (let word of hard.split(/ +/)) {
      const w = measure(word)
      if (line && lineWidth + space + w <= room) {
        line += ` ${word}`
        lineWidth += space + w
        continue
      }
      if (line)
        lines.push(line)
      while (measure(word) > room) {
        let cut = word.length - 1
        while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > room)
          cut--
        lines.push(word.slice(0, cut))
        word = word.slice(cut)
      }
      line = word
      lineWidth = measure(word)
    }
    lines.push(line)
  }
  return lines
}

const characterSets = new WeakMap<PDFFont, Set<number>>()

function checkGlyphs(text: string, font: PDFFont, where: string): void {
  let have = characterSets.get(font)
  if (!have) {
    have = new Set(font.getCharacterSet())
    characterSets.set(font, have)
  }
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp > 32 && !have.has(cp))
      throw new Error(`${where}: the character "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) is not in the handout's font (Source Sans 3, Latin subset)`)
  }
}

export function formatDate(d: Date): string {
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export async function makeHandout(input: HandoutInput): Promise<Uint8Array> {
  const { deck, paper } = input
  const src = await PDFDocument.load(input.slidesPdf)
  if (src.getPageCount() !== deck.length)
    throw new Error(`The slide PDF has ${src.getPageCount()} pages, the deck ${deck.length} slides`)

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

  const [W, H] = papers[paper]
  const textWidth = W - 2 * margin
  const bookmarks: { title: string, page: PDFRef }[] = []
  const pages: PDFPage[] = []
  const newPage = (): PDFPage => {
    const p = doc.addPage([W, H])
    pages.push(p)
    return p
  }
  /** Draws `text` wrapped to the text width, from `y` down, lines `size × lineHeight` apart; returns the y under it. */
  const drawWrapped = (page: PDFPage, y: number, text: string, font: PDFFont, size: number, color: typeof ink, lineHeight: number): number => {
    for (const line of wrap(text, font, size, textWidth)) {
      page.drawText(line, { x: margin, y, size, font, color })
      y -= size * lineHeight
    }
    return y
  }

  // Cover.
  {
    const page = newPage()
    bookmarks.push({ title: 'Cover', page: page.ref })
    let y = drawWrapped(page, H - 150, input.title, bold, 26, ink, 1.2) - 10
    const para = (text: string, font: PDFFont, size: number, color = ink, gap = 6): void => {
      checkGlyphs(text, font, 'handout cover')
      y = drawWrapped(page, y, text, font, size, color, 1.4) - gap
    }
    if (input.subtitle)
      para(input.subtitle, regular, 14, muted, 14)
    para('Handout: every slide with its speaker notes', regular, 12, ink, 2)
    para(`Made on ${formatDate(input.date)}${input.author
      ? ` by the ${input.author}`
      : ''}`, regular, 12, ink, 28)
    para('Source article', bold, 12, ink, 0)
    const s = input.source
    para(`${s.publisher}, “${s.title}”${s.date
      ? `, ${s.date}`
      : ''}. ${s.url}`, regular, 12, ink, 20)
    para('How to cite this deck', bold, 12, ink, 0)
    para(`${input.author ?? 'Authors'}, “${input.title}”, slide deck with speaker notes, ${formatDate(input.date)}. Based on ${s.publisher}, “${s.title}”${s.date
      ? `, ${s.date}`
      : ''}.`, regular, 12, ink, 20)
    para('Every figure, date and quotation is sourced on its slide; the last slide lists all sources with their links.', regular, 10.5, muted, 0)
  }

  // Slides. All pages are embedded in one go, so that what they share (the fonts) is copied once.
  const size = 10.5
  const leading = size * 1.45
  const embeddedPages = await doc.embedPages(src.getPages(), src.getPages().map((p) => {
    const box = p.getMediaBox()
    return {
      left: box.x,
      bottom: box.y,
      right: box.x + box.width,
      top: box.y + box.height,
    }
  }))
  for (const slide of deck) {
    const embedded = embeddedPages[slide.no - 1]!
    const place = handoutSlideBox(paper, embedded.width, embedded.height)
    const scale = place.width / embedded.width
    const slideH = place.height
    let page = newPage()
    bookmarks.push({ title: `${slide.no}. ${slide.title || `Slide ${slide.no}`}`, page: page.ref })
    const top = H - margin
    page.drawPage(embedded, {
      x: margin,
      y: top - slideH,
      xScale: scale,
      yScale: scale,
    })
    // A light slide on white paper gets a thin frame, drawn just outside it so that the slide's own edge is
    // untouched; a dark slide needs none.
    if (!input.dark) {
      page.drawRectangle({
        x: margin - 1,
        y: top - slideH - 1,
        width: textWidth + 2,
        height: slideH + 2,
        borderColor: rule,
        borderWidth: 0.5,
      })
    }
    let y = top - slideH - 28
    const heading = `${slide.no}   ${slide.title || `Slide ${slide.no}`}`
    checkGlyphs(heading, bold, `${slide.file}: slide ${slide.no} title`)
    y = drawWrapped(page, y, heading, bold, 14, ink, 1.3) - 6
    const paragraphs = plainNoteParagraphs(slide.note)
    if (!paragraphs.length) {
      page.drawText('(no speaker notes)', {
        x: margin,
        y,
        size,
        font: regular,
        color: muted,
      })
      continue
    }
    const bottom = footerY + 28
    for (const paragraph of paragraphs) {
      checkGlyphs(paragraph, regular, `${slide.file}: slide ${slide.no} notes`)
      for (const line of wrap(paragraph, regular, size, textWidth)) {
        if (y < bottom) {
          page = newPage()
          y = drawWrapped(page, H - margin - 4, `${heading} (notes continued)`, bold, 11, muted, 1.3) - 10
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

  // Running footer: the deck's title and the page number.
  const footerTitle = wrap(input.title, regular, 8.5, textWidth - 80)[0]!
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

  addOutline(doc, bookmarks)
  return doc.save()
}

/** A flat outline (bookmarks), one entry per item, each opening its page. */
function addOutline(doc: PDFDocument, items: { title: string, page: PDFRef }[]): void {
  const ctx = doc.context
  const root = ctx.nextRef()
  const refs = items.map(() => ctx.nextRef())
  items.forEach((item, i) => {
    const dict = ctx.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: root,
      Dest: [item.page, 'XYZ', null, null, null],
    })
    if (i > 0)
      dict.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < items.length - 1)
      dict.set(PDFName.of('Next'), refs[i + 1]!)
    ctx.assign(refs[i]!, dict)
  })
  ctx.assign(root, ctx.obj({
    Type: 'Outlines',
    First: refs[0]!,
    Last: refs.at(-1)!,
    Count: items.length,
  }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
