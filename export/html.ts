import type { ExportJob, Run } from './job.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from './deck.ts'

/**
 * `npm run export -- --format html`: the deck as one HTML file that presents from a double-click (file://,
 * no server, no network). A separate `slidev build` with DECK_SINGLE_FILE=1 (vite.config.ts then adds
 * plugins/single-file.ts) and the hash router, into a temporary folder; every script, style and font
 * is inlined by the build, and the favicon here. The hosted build (`npm run build`) is unchanged.
 */
export const singleFileLimit = 1_500_000

export async function buildSingleFile(outDir: string, run: Run): Promise<string> {
  const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')
  const status = await run(slidev, [
    'build',
    '--router-mode',
    'hash',
    '--out',
    outDir,
  ], {
    DECK_SINGLE_FILE: '1',
    // Vue's production build whatever the caller's NODE_ENV (a test runner's "test", or "development"
    // set by a Vite server earlier in the same export run).
    NODE_ENV: 'production',
  })
  if (status !== 0)
    throw new Error(`slidev build for the single file failed (exit ${status})`)
  let html = readFileSync(join(outDir, 'index.html'), 'utf8')
  // The favicon lives in public/ and is not inlined by the build.
  html = html.replace(/<link rel="icon" href="(?:\.\/|\/)?([^"]+\.svg)">/, (_m, file: string) => {
    const svg = readFileSync(join(outDir, file))
    return `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}">`
  })
  // The social-preview image is for link previews of the hosted deck; a file on a disk has none.
  html = html.replace(/<meta (?:property|name)="(?:og|twitter):image"[^>]*>\s*/g, '')
  const external = /<(?:script|link|img)\s[^>]*(?:src|href)="(?!data:|#)[^"]+"/.exec(html)
  if (external)
    throw new Error(`The single HTML file still loads a file: ${external[0]}`)
  return html
}

export async function exportHtml(job: ExportJob): Promise<void> {
  const html = await buildSingleFile(join(job.work, 'html'), job.run)
  writeFileSync(job.output, html)
  if (html.length > singleFileLimit)
    console.warn(`export: ${job.output} is ${html.length} bytes, over the ${singleFileLimit}-byte budget`)
}
