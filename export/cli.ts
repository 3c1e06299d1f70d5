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
import { childEnv, ExportError, makeJob } from './job.ts'
import { exportNotes } from './notes.ts'
import { exportPdf } from './pdf.ts'
import { exportPng } from './png.ts'
import { exportPptx } from './pptx.ts'
import { SessionHolder } from './session.ts'

/**
 * `npm run export [-- options]`, with a Chromium found by itself (export/browser.ts):
 * - (default) the slide PDF: one page per slide, final click step, bookmarks, cropped to the slide;
 * - `--format png`: one PNG per slide, in a folder;
 * - `--handout [--paper a4|letter] [--per-page 2]`: the reader view printed: a cover, each slide with its
 *   speaker notes (two to a page with `--per-page 2`), bookmarks;
 * - `--format pptx` (slides as pictures) / `--format pptx-editable` (text boxes), each slide's notes in
 *   its notes field;
 * - `--format html`: one HTML file that presents from file://;
 * - `--notes`: Slidev's notes PDF (titles and notes, no slides);
 * - `--all`: the slide PDF, the handout, both PowerPoint files and the HTML file, under their default
 *   names, into the current folder or `--output FOLDER`, from one server and one browser (much faster
 *   than one run each).
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

/** What `--all` writes, in this order; the HTML file has no dark version (it follows the reader's choice). */
export const allKinds: Kind[] = [
  'pdf',
  'handout',
  'pptx',
  'pptx-editable',
  'html',
]

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
  all: boolean
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
    all: false,
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
    else if (flag === '--all')
      flags.all = true
    else
      flags.pass.push(arg)
  }
  return flags
}

/** `--all` writes a set of outputs: it takes no other choice of output, and nothing for slidev export. */
function checkAll({ format, handout, notes, pass }: Flags): void {
  if (format || handout || notes) {
    throw new Error(`--all writes every output (${allKinds.join(', ')}); leave out --${format
      ? 'format'
      : handout ? 'handout' : 'notes'}, or drop --all for one output`)
  }
  if (pass.length)
    throw new Error(`${pass.join(' ')}: --all takes only --output (a folder), --dark, --paper and --per-page; run the one export the option is for on its own`)
}

/** Refuses flags that do not go together, in words that say what to do instead. */
function checkFlags(flags: Flags): void {
  const { format, paper, perPage, dark, handout, notes, all, pass } = flags
  if (all)
    checkAll(flags)
  if (pass.length && (handout || (!notes && ['pdf', 'html'].includes(format ?? 'pdf'))))
    throw new Error(`${pass.join(' ')}: the slide PDF, the handout and the HTML file are made by the deck itself and take only --output, --dark, --paper and --per-page; other slidev export options go with --format png, pptx, pptx-editable or --notes`)
  if (!(paper in papers))
    throw new Error(`--paper ${paper}: use ${Object.keys(papers).join(' or ')}`)
  if (perPage !== '1' && perPage !== '2')
    throw new Error(`--per-page ${perPage}: use 1 or 2`)
  if (perPage !== '1' && !handout && !all)
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
    all: flags.all,
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

/** The outputs of a run and their files: one, or with `--all` each of allKinds in the folder. */
export function plannedOutputs(args: ExportArgs, base: string, cwd: string): { kind: Kind, output: string }[] {
  if (!args.all) {
    return [
      {
        kind: args.kind,
        output: resolve(cwd, args.output ?? defaultOutput(args.kind, base, args.dark)),
      },
    ]
  }
  const folder = resolve(cwd, args.output ?? '.')
  return allKinds
    .filter(kind => !(kind === 'html' && args.dark))
    .map(kind => ({
      kind,
      output: join(folder, defaultOutput(kind, base, args.dark)),
    }))
}

/**
 * Reads the deck, names the outputs (the headmatter's exportFilename) and writes each, printing what it
 * wrote as it goes; one server and browser serve them all.
 */
async function exportDeck(args: ExportArgs, work: string): Promise<void> {
  const deck = await loadDeck()
  const base = String(deck[0]?.frontmatter.exportFilename ?? 'slides')
  // One temporary folder for every child of the run, kept short: Chromium's socket path in it has a limit.
  const env = childEnv(work)
  const session = new SessionHolder(deck, env.TMPDIR)
  try {
    for (const { kind, output } of plannedOutputs(args, base, process.cwd())) {
      mkdirSync(dirname(output), { recursive: true })
      const jobWork = join(work, kind)
      mkdirSync(jobWork)
      try {
        await outputs[kind](makeJob({ ...args, kind }, deck, output, jobWork, projectRoot, { env, session }))
      }
      catch (e) {
        if (args.all && e instanceof Error)
          e.message = `${output}: ${e.message}`
        throw e
      }
      console.log(written(output).join('\n'))
    }
  }
  finally {
    await session.close()
  }
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
    await exportDeck(args, work)
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
