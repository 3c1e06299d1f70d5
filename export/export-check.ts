import type JSZip from 'jszip'
import { Buffer } from 'node:buffer'
import { PNG } from 'pngjs'
import { readPdf } from './pdf-read.ts'

/**
 * Checks of what `slidev export` wrote, so that an export of undrawn slides fails loudly instead of
 * handing out blank pages: export/slidev.ts runs them on every slide PDF, PNG and PowerPoint file.
 * Each returns a list of problems, one per bad page or picture (empty when all is well).
 */

/**
 * Pages whose text is empty or still "Loading slide..." (text read with pdf.js). Given the number of
 * slides: fewer pages is a problem; pages after the last slide must be blank (Chromium sometimes adds an
 * empty one at the end of the print page; trimToSlides drops it).
 */
export async function undrawnPdfPages(bytes: Uint8Array, slides?: number): Promise<string[]> {
  return readPdf(bytes, async (pdf) => {
    const problems: string[] = []
    if (slides !== undefined && pdf.numPages < slides)
      problems.push(`the PDF has ${pdf.numPages} pages for ${slides} slides`)
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent()
      const text = content.items.map(item => ('str' in item
        ? item.str
        : '')).join(' ').replace(/\s+/g, ' ').trim()
      if (slides !== undefined && i > slides) {
        if (text)
          problems.push(`page ${i}, after the last slide, has text`)
      }
      else if (/Loading slide/i.test(text)) {
        problems.push(`page ${i} shows "Loading slide..."`)
      }
      else if (!text) {
        problems.push(`page ${i} has no text (blank)`)
      }
    }
    return problems
  })
}

export interface Picture {
  width: number
  height: number
  /** RGBA, 4 bytes a pixel */
  data: Uint8Array
}

/**
 * Decodes a PNG into RGBA pixels with pngjs. CRCs are not checked: the pictures come straight from
 * Chromium, and what matters here is what they show.
 */
export function decodePng(png: Uint8Array): Picture {
  const { width, height, data } = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength), { checkCRC: false })
  return {
    width,
    height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  }
}

/**
 * Whether a slide picture is drawn: the box around everything that differs from the background (the
 * top-left pixel) spans most of the slide. A blank picture has no such box; "Loading slide..." is a small
 * box in the middle; every slide of the deck has its heading near the top left and content below it.
 */
export function pictureProblem(p: Picture): string | undefined {
  const [r, g, b] = p.data
  let minX = p.width
  let minY = p.height
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < p.height; y += 2) {
    for (let x = 0; x < p.width; x += 2) {
      const o = (y * p.width + x) * 4
      if (Math.abs(p.data[o]! - r!) > 40 || Math.abs(p.data[o + 1]! - g!) > 40 || Math.abs(p.data[o + 2]! - b!) > 40) {
        minX = Math.min(minX, x)
        maxX = Math.max(maxX, x)
        minY = Math.min(minY, y)
        maxY = Math.max(maxY, y)
      }
    }
  }
  if (maxX < 0)
    return 'blank'
  if (maxX - minX < p.width * 0.4 || maxY - minY < p.height * 0.3)
    return `nearly blank (drawn only within ${maxX - minX + 1} × ${maxY - minY + 1} px of ${p.width} × ${p.height}: "Loading slide..."?)`
  return undefined
}

/** Slide pictures (PNG files by name) that are blank or still loading. */
export function undrawnPictures(pictures: { name: string, png: Uint8Array }[]): string[] {
  const problems: string[] = []
  for (const { name, png } of pictures) {
    const problem = pictureProblem(decodePng(png))
    if (problem)
      problems.push(`${name} is ${problem}`)
  }
  return problems
}

/**
 * A PowerPoint file's slides that are not drawn: for the pictures kind, each slide's picture as above;
 * for the editable kind, a slide that says "Loading slide" or has neither text nor a picture.
 */
export async function undrawnPptxSlides(zip: JSZip, slideFiles: string[]): Promise<string[]> {
  const problems: string[] = []
  for (const [i, file] of slideFiles.entries()) {
    const xml = await zip.file(file)!.async('string')
    const text = [
      ...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ].map(m => m[1]).join(' ').trim()
    if (/Loading slide/i.test(text)) {
      problems.push(`slide ${i + 1} shows "Loading slide..."`)
      continue
    }
    const rels = await zip.file(file.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'))?.async('string') ?? ''
    const images = [
      ...rels.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g),
    ].map(m => `ppt/media/${m[1]}`)
    if (!text && !images.length) {
      problems.push(`slide ${i + 1} has neither text nor a picture (blank)`)
      continue
    }
    // A slide that is one picture and no text (the pictures kind) must show a drawn slide.
    if (!text && images.length === 1) {
      const png = await zip.file(images[0]!)?.async('uint8array')
      const problem = png && pictureProblem(decodePng(png))
      if (problem)
        problems.push(`slide ${i + 1}'s picture is ${problem}`)
    }
  }
  return problems
}
