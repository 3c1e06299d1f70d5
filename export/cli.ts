import type { Paper } from './handout-layout.ts'
import type { ExportArgs, ExportJob, Kind } from './job.ts'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { loadDeck, projectRoot } from './deck.ts'
import { papers } from './handout-layout.ts'
import { exportHandout } from './handout.ts'
import { exportHtml } from './html.ts'
import { ExportError, makeJob } from './job.ts'
import { exportNotes } from './notes.ts'
import { exportPdf } from './pdf.ts'
import { exportPng } from './png.ts'
import { exportPptx } from './pptx.ts'

/**
 * `npm run export [-- options]`, with a Chromium found by itself (export/browser.ts):
 * - (default) the slide PDF: one page per slide, final click step, bookmarks, cropped to the slide;
 * - `--format png`: one PNG per slide, in a folder;
 * - `--handout [--paper a4|letter] [--per-page 2]`: the reader view printed: a cover, each slide with its
 *   speaker notes (two to a page with `--per-page 2`), bookmarks;
 * - `--format pptx` (slides as pictures) / `--format pptx-editable` (text boxes), each slide's notes in
 *   its notes field;
 * - `--format html`: one HTML file that presents from file://;
 * - `--notes`: Slidev's notes PDF (titles and notes, no slides).
 * `--dark` gives the dark version and adds `-dark` to the default name; `--output FILE` names the file.
 * Other options pass through to `slidev export` for PNG, PowerPoint and notes; the slide PDF, the
 * handout and the HTML file refuse them. Every temporary file goes into one private folder that
 * is removed at the end, also when the export fails. Each output is a module of this folder.
 */

const outputs: Record<Kind, (job: ExportJob) => Promise<void>> = {
  'pdf': exportPdf,
  'png': exportPng,
  'handout': exportHandout,
  'notes': exportNotes,
  'pptx': exportPptx,
  'pptx-editable': exportPptx,
  'html': exportHtml,
}

const formats = [
  'pdf',
  'png',
  'pptx',
  'pptx-editable',
  'html',
]

interface Flags {
  format?: string
  output?: string
  paper: string
  perPage: string
  dark: boolean
  handout: boolean
  notes: boolean
  pass: string[]
}

/** The flags as given (`--opt value` or `--opt=value`); anything unknown is passed through. */
function readFlags(argv: string[]): Flags {
  const flags: Flags = {
    paper: 'a4',
    perPage: '1',
    dark: false,
    handout: false,
    notes: false,
    pass: [],
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=')
      ? [
          arg.slice(0, arg.indexOf('=')),
          arg.slice(arg.indexOf('=') + 1),
        ]
      : [arg, undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined || v.startsWith('--'))
        throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '--format' || flag === '-f')
      flags.format = value()
    else if (flag === '--output' || flag === '-o')
      flags.output = value()
    else if (flag === '--paper')
      flags.paper = value()
    else if (flag === '--per-page')
      flags.perPage = value()
    else if (flag === '--dark')
      flags.dark = inline === undefined || inline === 'true'
    else if (flag === '--handout')
      flags.handout = true
    else if (flag === '--notes')
      flags.notes = true
    else
      flags.pass.push(arg)
  }
  return flags
}

/** Refuses flags that do not go together, in words that say what to do instead. */
function checkFlags({ format, paper, perPage, dark, handout, notes, pass }: Flags): void {
  if (pass.length && (handout || (!notes && ['pdf', 'html'].includes(format ?? 'pdf'))))
    throw new Error(`${pass.join(' ')}: the slide PDF, the handout and the HTML file are made by the deck itself and take only --output, --dark, --paper and --per-page; other slidev export options go with --format png, pptx, pptx-editable or --notes`)
  if (!(paper in papers))
    throw new Error(`--paper ${paper}: use ${Object.keys(papers).join(' or ')}`)
  if (perPage !== '1' && perPage !== '2')
    throw new Error(`--per-page ${perPage}: use 1 or 2`)
  if (perPage !== '1' && !handout)
    throw new Error('--per-page is for the handout: add --handout')
  if (format && !formats.includes(format))
    throw new Error(`--format ${format}: use one of ${formats.join(', ')} (or --handout, --notes)`)
  if ((handout || notes) && format && format !== 'pdf')
    throw new Error(`--${handout ? 'handout' : 'notes'} is a PDF; it cannot be combined with --format ${format}`)
  if (handout && notes)
    throw new Error('--handout and --notes are two different exports; choose one')
  if (notes && dark)
    throw new Error('The notes PDF (--notes) has no dark version; --handout --dark gives the handout with dark slides')
}

/** Reads the command line (`--opt value` or `--opt=value`). */
export function parseArgs(argv: string[]): ExportArgs {
  const flags = readFlags(argv)
  checkFlags(flags)
  const kind: Kind = flags.handout
    ? 'handout'
    : flags.notes
      ? 'notes'
      : (flags.format ?? 'pdf') as Kind
  return {
    kind,
    dark: flags.dark,
    output: flags.output,
    paper: flags.paper as Paper,
    perPage: flags.perPage === '2'
      ? 2
      : 1,
    pass: flags.pass,
  }
}

/** The file (or, for PNGs, folder) an export writes when no --output is given. */
export function defaultOutput(kind: Kind, base: string, dark: boolean): string {
  const name = `${base}${dark ? '-dark' : ''}`
  switch (kind) {
    case 'pdf': return `${name}.pdf`
    case 'png': return name
    case 'handout': return `${name}-handout.pdf`
    case 'notes': return `${name}-notes.pdf`
    case 'pptx': return `${name}.pptx`
    case 'pptx-editable': return `${name}-editable.pptx`
    case 'html': return `${name}.html`
  }
}

/** Reads the deck, names the output (the headmatter's exportFilename) and writes it; returns its path. */
async function exportDeck(args: ExportArgs, work: string): Promise<string> {
  const deck = await loadDeck()
  const base = String(deck[0]?.frontmatter.exportFilename ?? 'slides')
  const output = resolve(process.cwd(), args.output ?? defaultOutput(args.kind, base, args.dark))
  mkdirSync(dirname(output), { recursive: true })
  await outputs[args.kind](makeJob(args, deck, output, work, projectRoot))
  return output
}

function size(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${(bytes / 1000).toFixed(1)} kB`
}

/** What the export wrote: the file, or each file of the PNG folder, with its size. */
export function written(output: string): string[] {
  const files = statSync(output).isDirectory()
    ? readdirSync(output).sort().map(name => join(output, name))
    : [output]
  return files.map(file => `export: wrote ${file} (${size(statSync(file).size)})`)
}

async function main(): Promise<number> {
  let args: ExportArgs
  try {
    args = parseArgs(process.argv.slice(2))
  }
  catch (e) {
    console.error(`export: ${(e as Error).message}`)
    return 2
  }
  const work = mkdtempSync(join(tmpdir(), 'deck-export-'))
  try {
    const output = await exportDeck(args, work)
    console.log(written(output).join('\n'))
    return 0
  }
  catch (e) {
    console.error(e instanceof ExportError
      ? `export: ${e.message}`
      : e)
    return 1
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exit(await main())
