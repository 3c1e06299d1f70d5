import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * LibreOffice Impress, headless, as a second PowerPoint reader for the tests: converts a .pptx to PDF
 * (its own profile in the test's folder); pdf-layout.ts reads where it set the text.
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
