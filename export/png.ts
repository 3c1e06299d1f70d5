import type { ExportJob } from './job.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseRangeString } from '@slidev/parser/core'
import { undrawnPictures } from './export-check.ts'
import { slidevExportArgs } from './slidev-exporter.ts'
import { exportDrawn } from './slidev.ts'

/** `--format png`: one PNG per slide, in a folder, each checked to be drawn. */

/** The problems of the PNG folder: too few pictures, or pictures not drawn. */
function pngProblems(folder: string, slides: number): string[] {
  const pngs = existsSync(folder)
    ? readdirSync(folder).filter(f => f.endsWith('.png'))
    : []
  if (pngs.length < slides)
    return [`the PNG export wrote ${pngs.length} pictures for ${slides} slides`]
  return undrawnPictures(pngs.map(name => ({
    name,
    png: readFileSync(join(folder, name)),
  })))
}

export async function exportPng(job: ExportJob): Promise<void> {
  // With --range, the pictures of the slides in it.
  const range = slidevExportArgs(job.args.pass).range
  const slides = typeof range === 'string'
    ? parseRangeString(job.deck.length, range).length
    : job.deck.length
  await exportDrawn(job, 'png', job.output, async () => pngProblems(job.output, slides))
}
