import type { DeckSlide } from './deck.ts'
import { PDFDocument } from 'pdf-lib'

/**
 * The slide PDF's right-edge hairline. Chromium rounds a PDF page's size up to whole hundredths of an
 * inch: the slide is 980 × 551.25 CSS px (735 × 413.44 pt), the page comes out 10.21 × 5.75 in
 * (735.12 × 414 pt). The 0.12 pt strip right of the slide is outside everything Chromium paints, and
 * viewers draw it as a grey (light) or black (dark) hairline; the strip below the slide is painted with the
 * page background. Setting each page's MediaBox and CropBox to the slide itself (anchored at the top left,
 * where Chromium draws) removes both; nothing of the slide is cut.
 */

export interface SlideSize {
  /** CSS px */
  width: number
  /** CSS px, not rounded (980 / (16/9) = 551.25) */
  height: number
}

/** The slide size from the headmatter, as Slidev reads it (canvasWidth, aspectRatio). */
export function slideSize(deck: DeckSlide[]): SlideSize {
  const fm = deck[0]?.frontmatter ?? {}
  const width = Number(fm.canvasWidth ?? 980)
  const ratio = String(fm.aspectRatio ?? '16/9')
  const [a, b] = ratio.split(/[/:]/).map(Number)
  const aspect = b
    ? a! / b
    : Number(ratio)
  if (!(width > 0) || !(aspect > 0))
    throw new Error(`slides.md: headmatter: canvasWidth "${fm.canvasWidth}" / aspectRatio "${ratio}" do not give a slide size`)
  return { width, height: width / aspect }
}

const pt = (px: number): number => px * 0.75

/**
 * Crops every page to the slide (top left), returning the new PDF. Outline and metadata are kept. Given the
 * number of slides, pages after the last one are dropped: Chromium sometimes ends the print page with an
 * empty page (export/export-check.ts has checked that they are blank).
 */
export async function trimToSlides(bytes: Uint8Array, size: SlideSize, slides?: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  if (slides !== undefined) {
    for (let i = doc.getPageCount() - 1; i >= slides; i--)
      doc.removePage(i)
  }
  const w = pt(size.width)
  const h = pt(size.height)
  for (const page of doc.getPages()) {
    const box = page.getMediaBox()
    if (box.width + 0.01 < w || box.height + 0.01 < h)
      throw new Error(`slide PDF page ${box.width} × ${box.height} pt is smaller than the slide (${w} × ${h} pt)`)
    const top = box.y + box.height
    page.setMediaBox(box.x, top - h, w, h)
    page.setCropBox(box.x, top - h, w, h)
  }
  return doc.save()
}
