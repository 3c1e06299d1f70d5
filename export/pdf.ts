import type { ExportJob } from './job.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { undrawnPdfPages } from './export-check.ts'
import { slideSize, trimToSlides } from './pdf-edge.ts'
import { exportDrawn } from './slidev.ts'

/**
 * The slide PDF (the default output): one page per slide at its final click step, with bookmarks, each
 * page cropped to the slide (export/pdf-edge.ts).
 */

/** The drawn slide PDF, cropped to the slides: the default output, and the handout's pictures. */
export async function slidePdf(job: ExportJob): Promise<Uint8Array> {
  const raw = join(job.work, 'slides.pdf')
  await exportDrawn(job, 'pdf', raw, async () => undrawnPdfPages(readFileSync(raw), job.deck.length))
  return trimToSlides(readFileSync(raw), slideSize(job.deck), job.deck.length)
}

export async function exportPdf(job: ExportJob): Promise<void> {
  writeFileSync(job.output, await slidePdf(job))
}
