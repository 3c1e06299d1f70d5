import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { readPdf } from '../../export/pdf-read'

/**
 * Where a PDF's pages set their text and pictures, read with pdf.js, to find what an office suite set
 * badly when it rendered the editable PowerPoint: text beyond the slide's edges, text over text, text
 * over a picture (an icon or a chart).
 */

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

interface TextBox extends Box {
  str: string
}

interface PageLayout {
  page: number
  view: Box
  texts: TextBox[]
  images: Box[]
}

type Matrix = [number, number, number, number, number, number]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ]
}

/** The unit square under `m`: where an image painted with that transform lands. */
function unitSquare(m: Matrix): Box {
  const xs = [
    m[4],
    m[4] + m[0],
    m[4] + m[2],
    m[4] + m[0] + m[2],
  ]
  const ys = [
    m[5],
    m[5] + m[1],
    m[5] + m[3],
    m[5] + m[1] + m[3],
  ]
  return {
    x0: Math.min(...xs),
    y0: Math.min(...ys),
    x1: Math.max(...xs),
    y1: Math.max(...ys),
  }
}

const paintsImage = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject])

/** The boxes of the images a page paints, following the transforms its operators set. */
function imageBoxes(ops: { fnArray: number[], argsArray: unknown[] }): Box[] {
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const boxes: Box[] = []
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save)
      stack.push(ctm)
    else if (fn === OPS.restore)
      ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform)
      ctm = multiply(ctm, ops.argsArray[i] as Matrix)
    else if (paintsImage.has(fn))
      boxes.push(unitSquare(ctm))
  })
  return boxes
}

/** Every page's text runs (ink box: a little below the baseline to most of the font size above) and images. */
export async function pdfLayout(bytes: Uint8Array): Promise<PageLayout[]> {
  return readPdf(bytes, async (pdf) => {
    const pages: PageLayout[] = []
    for (let no = 1; no <= pdf.numPages; no++) {
      const page = await pdf.getPage(no)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const texts: TextBox[] = []
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim())
          continue
        const [,,,, x, y] = item.transform as number[]
        texts.push({
          str: item.str,
          x0: x!,
          x1: x! + item.width,
          y0: y! - 0.2 * item.height,
          y1: y! + 0.75 * item.height,
        })
      }
      pages.push({
        page: no,
        view: { x0, y0, x1, y1 },
        texts,
        images: imageBoxes(await page.getOperatorList()),
      })
    }
    return pages
  })
}

/** How far two boxes overlap, across and up. */
function overlap(a: Box, b: Box): { across: number, up: number } {
  return {
    across: Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0),
    up: Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0),
  }
}

const at = (t: TextBox): string => `"${t.str.slice(0, 40)}" at x ${t.x0.toFixed(0)}–${t.x1.toFixed(0)}, y ${t.y0.toFixed(0)}`

/** Every run of text set beyond the slide's edges, as "slide n: …". */
export function textOffSlide(pages: PageLayout[]): string[] {
  return pages.flatMap(({ page, view, texts }) => texts
    .filter(t => t.x0 < view.x0 - 1 || t.x1 > view.x1 + 1 || t.y0 < view.y0 - 1 || t.y1 > view.y1 + 1)
    .map(t => `slide ${page}: ${at(t)} (slide ${(view.x1 - view.x0).toFixed(0)} × ${(view.y1 - view.y0).toFixed(0)} pt)`))
}

/**
 * Every run of text set over another (more than a quarter of the smaller one's height, by more than
 * 2 pt across) or over a picture smaller than half the slide (an icon or a chart; a bigger one is a
 * backdrop), as "slide n: …".
 */
export function textOverlaps(pages: PageLayout[]): string[] {
  const found: string[] = []
  for (const { page, view, texts, images } of pages) {
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) {
        const o = overlap(a, b)
        if (o.across > 2 && o.up > 0.25 * Math.min(a.y1 - a.y0, b.y1 - b.y0))
          found.push(`slide ${page}: ${at(a)} runs into ${at(b)}`)
      }
      const half = (view.x1 - view.x0) * (view.y1 - view.y0) / 2
      for (const img of images.filter(m => (m.x1 - m.x0) * (m.y1 - m.y0) < half)) {
        const o = overlap(a, img)
        if (o.across > 2 && o.up > 2)
          found.push(`slide ${page}: ${at(a)} is over a picture at x ${img.x0.toFixed(0)}–${img.x1.toFixed(0)}, y ${img.y0.toFixed(0)}–${img.y1.toFixed(0)}`)
      }
    })
  }
  return found
}
