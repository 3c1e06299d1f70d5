import type { resolveOptions } from '@slidev/cli'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectRoot } from './deck.ts'
import { ExportError } from './job.ts'

/**
 * Slidev's own exporter (`exportSlides`, what `slidev export` runs for PNG and PowerPoint), called in this
 * process against the run's server (export/session.ts) instead of a `slidev export` that would start a
 * server of its own. Slidev does not export it by name: it is the module its CLI loads for `slidev export`,
 * found from the CLI's code. The options meant for `slidev export` are read as its CLI reads them.
 */

type Value = string | number | boolean
type ExportOptions = Record<string, unknown>
type ResolvedSlidevOptions = Awaited<ReturnType<typeof resolveOptions>>

export interface SlidevExporter {
  exportSlides: (options: ExportOptions & { port: number }) => Promise<string>
  getExportOptions: (args: Record<string, Value | undefined>, options: ResolvedSlidevOptions) => ExportOptions
}

/** The options of `slidev export` that may be passed through, by the type its CLI gives them. */
const passable: Record<string, 'string' | 'number' | 'boolean'> = {
  'timeout': 'number',
  'wait': 'number',
  'wait-until': 'string',
  'range': 'string',
  'with-clicks': 'boolean',
  'with-toc': 'boolean',
  'per-slide': 'boolean',
  'scale': 'number',
  'omit-background': 'boolean',
}

/** `--name value`, `--name=value` and `--flag` as `slidev export` reads them; refuses what it would refuse. */
export function slidevExportArgs(pass: string[]): Record<string, Value> {
  const args: Record<string, Value> = {}
  for (let i = 0; i < pass.length; i++) {
    const arg = pass[i]!
    const [name, inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string | undefined]
    const type = arg.startsWith('--')
      ? passable[name]
      : undefined
    if (!type)
      throw new ExportError(`${arg}: not an option of slidev export here; it takes --${Object.keys(passable).join(', --')}`)
    if (type === 'boolean') {
      args[name] = inline === undefined || inline === 'true'
      continue
    }
    const value = inline ?? pass[++i]
    if (value === undefined || value.startsWith('--'))
      throw new ExportError(`--${name} needs a value`)
    if (type === 'number' && !Number.isFinite(Number(value)))
      throw new ExportError(`--${name} ${value}: a number, please`)
    args[name] = type === 'number'
      ? Number(value)
      : value
  }
  return args
}

let loaded: Promise<SlidevExporter> | undefined

async function load(): Promise<SlidevExporter> {
  const cli = createRequire(join(projectRoot, 'package.json')).resolve('@slidev/cli/dist/cli.mjs')
  const chunk = /import\("\.\/(export-[\w-]+\.mjs)"\)/.exec(readFileSync(cli, 'utf8'))?.[1]
  const found = chunk
    ? await import(pathToFileURL(join(dirname(cli), chunk)).href) as Partial<SlidevExporter>
    : {}
  if (typeof found.exportSlides !== 'function' || typeof found.getExportOptions !== 'function')
    throw new ExportError(`Slidev's exporter was not found where @slidev/cli ${chunk ?? '(no export module)'} had it: has an update moved it? export/slidev-exporter.ts reads it`)
  return found as SlidevExporter
}

/** Slidev's exporter, loaded once. */
export function slidevExporter(): Promise<SlidevExporter> {
  loaded ??= load()
  return loaded
}
