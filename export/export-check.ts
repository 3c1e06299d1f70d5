import type JSZip from 'jszip'
import { Buffer } from 'node:buffer'
import { inflateSync } from 'node:zlib'

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
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    verbosity: 0,
  })
  const pdf = await task.promise
  const problems: string[] = []
  if (slides !== undefined && pdf.numPages < slides)
    problems.push(`the PDF has ${pdf.numPages} pages for ${slides} slides`)
  try {
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
  }
  finally {
    await task.destroy()
  }
  return problems
}

export interface Picture {
  width: number
  height: number
  /** RGBA, 4 bytes a pixel */
  data: Uint8Array
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Uint8Array): Picture {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
  if (buf.readUInt32BE(0) !== 0x89504E47)
    throw new Error('not a PNG file')
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at)
    const type = buf.toString('latin1', at + 4, at + 8)
    const body = buf.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [depth, colour, , , interlace] = body.subarray(8, 13)
      channels = colour === 6
        ? 4
        : colour === 2
          ? 3
          : 0
      if (depth !== 8 || !channels || interlace)
        throw new Error(`PNG of bit depth ${depth}, colour type ${colour}, interlace ${interlace}: only 8-bit RGB(A), not interlaced, is read`)
    }
    else if (type === 'IDAT') {
      idat.push(body)
    }
    else if (type === 'IEND') {
      break
    }
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const out = new Uint8Array(width * height * 4)
  let prev = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const cur = new Uint8Array(stride)
    for (let x = 0; x < stride; x++) {
      const a = x >= channels
        ? cur[x - channels]!
        : 0
      const b = prev[x]!
      const c = x >= channels
        ? prev[x - channels]!
        : 0
      let p = 0
      if (filter === 1) {
        p = a
      }
      else if (filter === 2) {
        p = b
      }
      else if (filter === 3) {
        p = (a + b) >> 1
      }
      else if (filter === 4) {
        const pa = Math.abs(b - c)
        const pb = Math.abs(a - c)
        const pc = Math.abs(a + b - 2 * c)
        p = pa <= pb && pa <= pc
          ? a
          : pb <= pc
            ? b
            : c
      }
      cur[x] = (line[x]! + p) & 0xFF
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4
      out[o] = cur[x * channels]!
      out[o + 1] = cur[x * channels + 1]!
      out[o + 2] = cur[x * channels + 2]!
      out[o + 3] = channels === 4
        ? cur[x * channels + 3]!
        : 255
    }
    prev = cur
  }
  return { width, height, data: out }
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
