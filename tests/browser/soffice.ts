import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readPdf } from '../../export/pdf-read'

/**
 * LibreOffice Impress, headless, as a second PowerPoint reader for the tests: converts a .pptx to PDF
 * (its own profile in the test's folder), and finds the text it set outside the slide.
 */

/** The `soffice` on PATH, or undefined. */
export function findSoffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' })
  return found.stdout.trim() || undefined
}

/** Converts `pptx` to PDF in `dir` and returns the PDF's bytes. */
export function pptxToPdf(soffice: string, pptx: string, dir: string): Uint8Array {
  const result = spawnSync(soffice, [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    pptx,
  ], { encoding: 'utf8', timeout: 240_000 })
  if (result.status !== 0)
    throw new Error(`soffice failed (${result.status}): ${result.stderr}`)
  return new Uint8Array(readFileSync(join(dir, basename(pptx).replace(/\.pptx$/, '.pdf'))))
}

/** Every run of text that LibreOffice set beyond the slide's edges, as "slide n: …". */
export async function textOffSlide(pdfBytes: Uint8Array): Promise<string[]> {
  return readPdf(pdfBytes, async (pdf) => {
    const off: string[] = []
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim())
          continue
        const [,,,, x, y] = item.transform as number[]
        if (x! < x0 - 1 || x! + item.width > x1 + 1 || y! < y0 - 1 || y! + item.height > y1 + 1)
          off.push(`slide ${i}: "${item.str}" at x ${x!.toFixed(0)}–${(x! + item.width).toFixed(0)}, y ${y!.toFixed(0)} (slide ${(x1 - x0).toFixed(0)} × ${(y1 - y0).toFixed(0)} pt)`)
      }
    }
    return off
  })
}
