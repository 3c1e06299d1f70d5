import type { DeckSlide } from './deck.ts'
import type { Paper } from './handout-layout.ts'
import type { SessionHolder } from './session.ts'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { runQuietly } from './quiet.ts'

/**
 * One run of `npm run export`: what was asked for, the deck, where the file goes, and how child processes
 * (slidev, Vite, Playwright, Chromium) are run: from the project, their temporary files in the export's
 * private folder, which is removed at the end, their output without noise (export/quiet.ts).
 */

export type Kind = 'pdf' | 'png' | 'pptx' | 'pptx-editable' | 'html' | 'handout' | 'notes'

export interface ExportArgs {
  kind: Kind
  /** `--all`: every output of cli.ts allKinds instead of `kind`. */
  all: boolean
  dark: boolean
  output?: string
  paper: Paper
  /** Slides on a handout page: 1 or 2. */
  perPage: 1 | 2
  /** Options passed through to `slidev export`. */
  pass: string[]
}

/** Runs a command from the project with the job's environment and `extra`; returns its exit status. */
export type Run = (cmd: string, cmdArgs: string[], extra?: NodeJS.ProcessEnv) => Promise<number | null>

export interface ExportJob {
  args: ExportArgs
  deck: DeckSlide[]
  /** The file (or, for PNGs, folder) to write. */
  output: string
  /** The export's private folder. */
  work: string
  env: NodeJS.ProcessEnv
  run: Run
  /** The deck's server and browser, shared by the outputs of one run (export/session.ts). */
  session: SessionHolder
}

/** A failure the export explains in its own words (printed without a stack). */
export class ExportError extends Error {}

/** The environment of the job's child processes: their temporary files go into `work`/tmp. */
export function childEnv(work: string): NodeJS.ProcessEnv {
  const childTmp = join(work, 'tmp')
  mkdirSync(childTmp, { recursive: true })
  return {
    ...process.env,
    TMPDIR: childTmp,
    TMP: childTmp,
    TEMP: childTmp,
  }
}

/** A job of a run: its own `work` folder; the run's child environment (childEnv) and session. */
export function makeJob(args: ExportArgs, deck: DeckSlide[], output: string, work: string, projectRoot: string, shared: { env: NodeJS.ProcessEnv, session: SessionHolder }): ExportJob {
  const { env, session } = shared
  const run: Run = async (cmd, cmdArgs, extra = {}) =>
    runQuietly(cmd, cmdArgs, projectRoot, {
      ...env,
      ...extra,
    }, process.stdout, process.stderr)
  return {
    args,
    deck,
    output,
    work,
    env,
    run,
    session,
  }
}
