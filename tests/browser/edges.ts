import { createCanvas } from '@napi-rs/canvas'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Edge checks shared by the export tests: a picture's outermost rows and columns against the slide's
 * background just inside them. Rendering a PDF page uses pdf.js on a canvas whose background is magenta,
 * so any strip of the page that the slide does not paint shows up.
 */
export interface Pixels {
  width: number
  height: number
  data: Uint8ClampedArray
}

const sentinel = 'rgb(255, 0, 255)'

export async function renderPdfPages(bytes: Uint8Array, pages: number[], scale = 2): Promise<Pixels[]> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
  })
  const pdf = await task.promise
  const out: Pixels[] = []
  for (const no of pages) {
    const page = await pdf.getPage(no)
    const viewport = page.getViewport({ scale })
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
    const ctx = canvas.getContext('2d')
    await page.render({
      canvas: canvas as never,
      canvasContext: ctx as never,
      viewport,
      background: sentinel,
    }).promise
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height)
    out.push({ width: img.width, height: img.height, data: img.data })
  }
  await task.destroy()
  return out
}

function at(p: Pixels, x: number, y: number): [number, number, number] {
  const i = (y * p.width + x) * 4
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!]
}

/**
 * Every pixel of the right column and the bottom row (and left, top) compared with the pixel `inset`
 * pixels further in: returns the largest channel difference and where. A hairline shows as a large
 * difference along a whole edge; content touching the edge would too, so slides keep a margin.
 */
export function edgeMismatch(p: Pixels, inset = 6): { worst: number, where: string } {
  let worst = 0
  let where = ''
  const check = (x: number, y: number, ix: number, iy: number, edge: string): void => {
    const a = at(p, x, y)
    const b = at(p, ix, iy)
    const d = Math.max(...a.map((v, k) => Math.abs(v - b[k]!)))
    if (d > worst) {
      worst = d
      where = `${edge} edge at (${x}, ${y}): rgb(${a.join(', ')}) against rgb(${b.join(', ')}) inside`
    }
  }
  for (let y = inset; y < p.height - inset; y++) {
    check(p.width - 1, y, p.width - 1 - inset, y, 'right')
    check(0, y, inset, y, 'left')
  }
  for (let x = inset; x < p.width - inset; x++) {
    check(x, p.height - 1, x, p.height - 1 - inset, 'bottom')
    check(x, 0, x, inset, 'top')
  }
  return { worst, where }
}
