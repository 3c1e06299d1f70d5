import type { ExportJob } from './job.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { undrawnPptxSlides } from './export-check.ts'
import { cleanPptxNotes, slidesInOrder } from './pptx-notes.ts'
import { exportDrawn } from './slidev.ts'

/**
 * `--format pptx` (slides as pictures) and `--format pptx-editable` (text boxes): one PowerPoint slide per
 * slide with every click step shown (the headmatter's `export.withClicks: false`; without it Slidev makes
 * one PowerPoint slide per click step), each slide's notes as plain text in its notes field
 * (export/pptx-notes.ts, which also checks the count).
 */

async function pptxProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  return undrawnPptxSlides(zip, slidesInOrder(zip))
}

export async function exportPptx(job: ExportJob): Promise<void> {
  const raw = join(job.work, 'slides.pptx')
  await exportDrawn(job, job.args.kind, raw, async () => pptxProblems(raw))
  writeFileSync(job.output, await cleanPptxNotes(readFileSync(raw), job.deck))
}
