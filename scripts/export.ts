import type { FoundBrowser } from './browser.ts'
import type { DeckSlide } from './deck.ts'
import type { Paper } from './handout.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import { sourceById } from '../data/sources.ts'
import { findBrowser, noBrowserMessage } from './browser.ts'
import { loadDeck, projectRoot } from './deck.ts'
import { undrawnPdfPages, undrawnPictures, undrawnPptxSlides } from './export-check.ts'
import { makeHandout, papers } from './handout.ts'
import { slideSize, trimToSlides } from './pdf-edge.ts'
import { cleanPptxNotes, slidesInOrder } from './pptx-notes.ts'
import { buildSingleFile, singleFileLimit } from './single-file.ts'

/**
 * `npm run export [-- options]`, with a Chromium found by itself (CHROMIUM_PATH, then a system
 * Chromium/Chrome, then Playwright's own):
 * - (default) the slide PDF: one page per slide, final click step, bookmarks, cropped to the slide;
 * - `--format png`: one PNG per slide, in a folder;
 * - `--handout [--paper a4|letter]`: each slide with its speaker notes beneath, a cover, bookmarks;
 * - `--format pptx` (slides as pictures) / `--format pptx-editable` (text boxes), each slide's notes in
 *   its notes field;
 * - `--format html`: one HTML file that presents from file://;
 * - `--notes`: Slidev's notes PDF (titles and notes, no slides).
 * `--dark` gives the dark version and adds `-dark` to the default name; `--output FILE` names the file.
 * Other options pass through to `slidev export`. Every temporary file goes into one private folder that
 * is removed at the end, also when the export fails.
 *
 * Slidev's exporter prints as soon as the network is idle, which on a busy machine can be before the slides
 * are drawn. scripts/export-ready.ts makes it wait for them; scripts/export-check.ts then reads what was
 * written (each PDF page's text, each picture), and an export with a blank or "Loading slide..." page is
 * made once more and, if it is still not drawn, fails with the pages named.
 */
const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')

type Kind = 'pdf' | 'png' | 'pptx' | 'pptx-editable' | 'html' | 'handout' | 'notes'

export interface ExportArgs {
  kind: Kind
  dark: boolean
  output?: string
  paper: Paper
  /** Options passed through to `slidev export`. */
  pass: string[]
}

/** Reads the command line (`--opt value` or `--opt=value`). */
export function parseArgs(argv: string[]): ExportArgs {
  const pass: string[] = []
  let format: string | undefined
  let output: string | undefined
  let paper: string = 'a4'
  let dark = false
  let handout = false
  let notes = false
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
      format = value()
    else if (flag === '--output' || flag === '-o')
      output = value()
    else if (flag === '--paper')
      paper = value()
    else if (flag === '--dark')
      dark = inline === undefined || inline === 'true'
    else if (flag === '--handout')
      handout = true
    else if (flag === '--notes')
      notes = true
    else
      pass.push(arg)
  }
  if (!(paper in papers))
    throw new Error(`--paper ${paper}: use ${Object.keys(papers).join(' or ')}`)
  const formats = [
    'pdf',
    'png',
    'pptx',
    'pptx-editable',
    'html',
  ]
  if (format && !formats.includes(format))
    throw new Error(`--format ${format}: use one of ${formats.join(', ')} (or --handout, --notes)`)
  if ((handout || notes) && format && format !== 'pdf')
    throw new Error(`--${handout ? 'handout' : 'notes'} is a PDF; it cannot be combined with --format ${format}`)
  if (handout && notes)
    throw new Error('--handout and --notes are two different exports; choose one')
  if (notes && dark)
    throw new Error('The notes PDF (--notes) has no dark version; --handout --dark gives the handout with dark slides')
  const kind: Kind = handout
    ? 'handout'
    : notes
      ? 'notes'
      : (format ?? 'pdf') as Kind
  return {
    kind,
    dark,
    output,
    paper: paper as Paper,
    pass,
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

function browserOrExit(): FoundBrowser {
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
 * `slidev export-notes` launches Playwright's browser with no way to name another one. Playwright looks
 * for its browsers under PLAYWRIGHT_BROWSERS_PATH, so a folder is laid out there whose executables are
 * links to the browser we found. Each path Playwright asks for is read from its own error message.
 */
function browsersFolderFor(browser: FoundBrowser, folder: string, env: NodeJS.ProcessEnv): string {
  mkdirSync(folder, { recursive: true })
  const require = createRequire(join(projectRoot, 'package.json'))
  const probe = `
    const { chromium } = require('playwright-chromium')
    chromium.launch({ timeout: 20000 }).then(b => b.close().then(() => console.log('OK')))
      .catch(e => { const m = /Executable doesn't exist at (\\S+)/.exec(e.message); console.log(m ? 'MISSING ' + m[1] : 'ERROR ' + e.message.split('\\n')[0]) })`
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...env,
        PLAYWRIGHT_BROWSERS_PATH: folder,
        NODE_PATH: dirname(dirname(require.resolve('playwright-chromium'))),
      },
    })
    const out = r.stdout.trim().split('\n').at(-1) ?? ''
    if (out === 'OK')
      return folder
    const missing = /^MISSING (.+)$/.exec(out)?.[1]
    if (!missing || existsSync(missing))
      throw new Error(`Could not start ${browser.path} for the notes export: ${out || r.stderr}`)
    mkdirSync(dirname(missing), { recursive: true })
    symlinkSync(browser.path, missing)
  }
  throw new Error('Could not lay out a browser folder for the notes export')
}

class ExportError extends Error {}

async function exportDeck(args: ExportArgs, work: string): Promise<string> {
  const deck: DeckSlide[] = await loadDeck()
  const head = deck[0]?.frontmatter ?? {}
  const base = String(head.exportFilename ?? 'slides')
  const output = resolve(process.cwd(), args.output ?? defaultOutput(args.kind, base, args.dark))
  mkdirSync(dirname(output), { recursive: true })
  // Children (slidev, Vite, Playwright, Chromium) put their temporary files here, removed at the end.
  const childTmp = join(work, 'tmp')
  mkdirSync(childTmp)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: childTmp,
    TMP: childTmp,
    TEMP: childTmp,
  }
  const run = (cmd: string, cmdArgs: string[], extra: NodeJS.ProcessEnv = {}): number | null =>
    spawnSync(cmd, cmdArgs, {
      cwd: projectRoot,
      stdio: 'inherit',
      env: {
        ...env,
        ...extra,
      },
    }).status

  if (args.kind === 'html') {
    const html = buildSingleFile(join(work, 'html'), run)
    writeFileSync(output, html)
    if (html.length > singleFileLimit)
      console.warn(`export: ${output} is ${html.length} bytes, over the ${singleFileLimit}-byte budget`)
    return output
  }

  const browser = browserOrExit()
  console.log(`export: using ${browser.path} (found via ${browser.via})`)

  if (args.kind === 'notes') {
    const folder = browsersFolderFor(browser, join(work, 'browsers'), env)
    const status = run(slidev, [
      'export-notes',
      '--output',
      output,
      ...args.pass,
    ], { PLAYWRIGHT_BROWSERS_PATH: folder })
    if (status !== 0)
      throw new ExportError(`slidev export-notes failed (exit ${status})`)
    return output
  }

  const slidevExport = (format: string, out: string, extra: string[] = []): void => {
    const status = run(slidev, [
      'export',
      '--executable-path',
      browser.path,
      '--format',
      format,
      '--output',
      out,
      ...(args.dark
        ? ['--dark']
        : []),
      ...extra,
      ...args.pass,
    ], {
      DECK_EXPORT_SLIDES: String(deck.length),
      DECK_EXPORT_EDITABLE: format === 'pptx-editable'
        ? '1'
        : '',
    })
    if (status !== 0)
      throw new ExportError(`slidev export --format ${format} failed (exit ${status})`)
  }
  // Slidev's export waits until every slide is drawn (scripts/export-ready.ts); a short wait after that
  // lets the last transitions end.
  const settle = args.pass.some(a => a.startsWith('--wait'))
    ? []
    : ['--wait', '500']
  /** Exports, checks what was written, and tries once more before failing with the undrawn pages named. */
  const exportDrawn = async (format: string, out: string, check: () => Promise<string[]>): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      slidevExport(format, out, settle)
      const problems = await check()
      if (!problems.length)
        return
      const list = problems.slice(0, 8).join('; ') + (problems.length > 8
        ? `; and ${problems.length - 8} more`
        : '')
      if (attempt >= 2)
        throw new ExportError(`slidev export --format ${format} wrote slides that are not drawn: ${list}. Is the machine very busy? Try again, or add --wait 5000.`)
      console.warn(`export: slides not drawn (${list}); exporting once more`)
    }
  }
  const pptxCheck = (file: string) => async (): Promise<string[]> => {
    const zip = await JSZip.loadAsync(readFileSync(file))
    return undrawnPptxSlides(zip, slidesInOrder(zip))
  }

  switch (args.kind) {
    case 'pdf': {
      const raw = join(work, 'slides.pdf')
      await exportDrawn('pdf', raw, async () => undrawnPdfPages(readFileSync(raw), deck.length))
      writeFileSync(output, await trimToSlides(readFileSync(raw), slideSize(deck), deck.length))
      return output
    }
    case 'png': {
      await exportDrawn('png', output, async () => {
        const pngs = existsSync(output)
          ? readdirSync(output).filter(f => f.endsWith('.png'))
          : []
        if (pngs.length < deck.length)
          return [`the PNG export wrote ${pngs.length} pictures for ${deck.length} slides`]
        return undrawnPictures(pngs.map(name => ({
          name,
          png: readFileSync(join(output, name)),
        })))
      })
      return output
    }
    case 'handout': {
      const raw = join(work, 'slides.pdf')
      await exportDrawn('pdf', raw, async () => undrawnPdfPages(readFileSync(raw), deck.length))
      const slidesPdf = await trimToSlides(readFileSync(raw), slideSize(deck), deck.length)
      const article = sourceById('article')
      const epoch = Number(process.env.SOURCE_DATE_EPOCH)
      const bytes = await makeHandout({
        slidesPdf,
        deck,
        paper: args.paper,
        title: String(head.title ?? deck[0]?.title ?? 'Slides'),
        subtitle: typeof head.info === 'string'
          ? head.info.split('\n')[0]
          : undefined,
        author: typeof head.author === 'string'
          ? head.author
          : undefined,
        source: article,
        dark: args.dark,
        date: Number.isFinite(epoch) && epoch > 0
          ? new Date(epoch * 1000)
          : new Date(),
      })
      writeFileSync(output, bytes)
      return output
    }
    case 'pptx':
    case 'pptx-editable': {
      const raw = join(work, 'slides.pptx')
      // One PowerPoint slide per slide with every click step shown: the headmatter's `export.withClicks: false`
      // (without it Slidev makes one PowerPoint slide per click step); cleanPptxNotes checks the count.
      await exportDrawn(args.kind, raw, pptxCheck(raw))
      writeFileSync(output, await cleanPptxNotes(readFileSync(raw), deck))
      return output
    }
  }
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
    console.log(`export: wrote ${output}`)
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
