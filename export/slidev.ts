import type { FoundBrowser } from './browser.ts'
import type { ExportJob } from './job.ts'
import { join } from 'node:path'
import process from 'node:process'
import { findBrowser, noBrowserMessage } from './browser.ts'
import { projectRoot } from './deck.ts'
import { ExportError } from './job.ts'
import { slidevExportArgs, slidevExporter } from './slidev-exporter.ts'

/**
 * Slidev's exporter with the browser found by export/browser.ts, for the outputs it writes (PNGs,
 * PowerPoint). It prints as soon as the network is idle, which on a busy machine can be before the slides
 * are drawn: plugins/export-ready.ts makes it wait for them (it reads DECK_EXPORT_SLIDES),
 * export/export-check.ts then reads what was written, and an export with a blank or "Loading slide..."
 * page is made once more and, if it is still not drawn, fails with the pages named.
 */
export const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')

/** The browser to export with, or the reason there is none, and exit. */
export function browserOrExit(): FoundBrowser {
  try {
    const found = findBrowser()
    if (found)
      return found
  }
  catch (e) {
    console.error((e as Error).message)
    process.exit(1)
  }
  console.error(noBrowserMessage)
  process.exit(1)
}

/**
 * One export by Slidev's exporter (`slidev export --format <format>`) into `out`, run in this process on
 * the run's server (export/slidev-exporter.ts); throws when it fails.
 */
export async function slidevExport(job: ExportJob, format: string, out: string): Promise<void> {
  const passed = slidevExportArgs(job.args.pass)
  const { exportSlides, getExportOptions } = await slidevExporter()
  const { port, options, found } = await job.session.open()
  // Read by plugins/export-ready.ts as it sends the page: the editable file leaves the hidden text out.
  process.env.DECK_EXPORT_EDITABLE = format === 'pptx-editable'
    ? '1'
    : ''
  try {
    await exportSlides({
      port,
      ...getExportOptions({
        // Slidev's exporter waits until every slide is drawn; a short wait after that lets the last
        // transitions end.
        'wait': 500,
        ...passed,
        'entry': join(projectRoot, 'slides.md'),
        format,
        'output': out,
        'dark': job.args.dark,
        'executable-path': found.path,
      }, options),
    })
  }
  catch (e) {
    throw new ExportError(`slidev export --format ${format} failed: ${(e as Error).message}`)
  }
  finally {
    process.env.DECK_EXPORT_EDITABLE = ''
  }
}

/** Problems in the first eight, and how many more. */
function listed(problems: string[]): string {
  return problems.slice(0, 8).join('; ') + (problems.length > 8
    ? `; and ${problems.length - 8} more`
    : '')
}

/** Exports, checks what was written, and tries once more before failing with the undrawn pages named. */
export async function exportDrawn(job: ExportJob, format: string, out: string, check: () => Promise<string[]>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await slidevExport(job, format, out)
    const problems = await check()
    if (!problems.length)
      return
    if (attempt >= 2)
      throw new ExportError(`slidev export --format ${format} wrote slides that are not drawn: ${listed(problems)}. Is the machine very busy? Try again, or add --wait 5000.`)
    console.warn(`export: slides not drawn (${listed(problems)}); exporting once more`)
  }
}
