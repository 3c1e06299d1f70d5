import type { ExportJob } from './job.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { undrawnPptxSlides } from './export-check.ts'
import { slideSize } from './pdf-edge.ts'
import { chartPicturesDescribed, picturesAsShapes } from './pptx-a11y.ts'
import { fitTextBoxes } from './pptx-fit.ts'
import { mergeLineFragments } from './pptx-merge.ts'
import { cleanPptxNotes, slidesInOrder } from './pptx-notes.ts'
import { withDeckPage } from './print.ts'
import { slideTexts, slideTextsKey } from './slide-text.ts'
import { exportDrawn } from './slidev.ts'

/**
 * `--format pptx` (slides as pictures) and `--format pptx-editable` (text boxes): one PowerPoint slide per
 * slide with every click step shown (the headmatter's `export.withClicks: false`; without it Slidev makes
 * one PowerPoint slide per click step), each slide's notes as plain text in its notes field
 * (export/pptx-notes.ts, which also checks the count), and the alternative text and titles PowerPoint's
 * accessibility checker asks for (export/pptx-a11y.ts), read from the drawn slides (export/slide-text.ts);
 * the editable file's text boxes hold their text in a wider fallback font too (export/pptx-fit.ts), and a
 * wrapped entry cut into overlapping boxes is one box again (export/pptx-merge.ts).
 */

async function pptxProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  return undrawnPptxSlides(zip, slidesInOrder(zip))
}

export async function exportPptx(job: ExportJob): Promise<void> {
  const raw = join(job.work, 'slides.pptx')
  await exportDrawn(job, job.args.kind, raw, async () => pptxProblems(raw))
  // What each slide says is the same in both files and in light and dark: read once a run (in --all, from
  // the slide PDF's page).
  const texts = await job.session.once(slideTextsKey, async () => withDeckPage(job, {
    path: '/print?print=true',
    size: slideSize(job.deck),
  }, slideTexts))
  const zip = await JSZip.loadAsync(readFileSync(raw))
  if (job.args.kind === 'pptx') {
    await picturesAsShapes(zip, job.deck, texts)
  }
  else {
    await chartPicturesDescribed(zip, job.deck, texts)
    for (const file of slidesInOrder(zip))
      zip.file(file, mergeLineFragments(fitTextBoxes(await zip.file(file)!.async('string'))))
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  writeFileSync(job.output, await cleanPptxNotes(bytes, job.deck))
}
