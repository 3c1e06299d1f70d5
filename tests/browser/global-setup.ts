import type { TestProject } from 'vitest/node'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { projectRoot } from '../../export/deck'

/**
 * What the browser tests only read, made once for all of them:
 * - the `slidev build`s of the deck (both at once, before the tests start), handed out by helpers.ts
 *   `buildDeck()`: for the base '/' and for one sub-path (with DECK_URL, sharedDeckUrl). Builds for
 *   another base or of a changed copy of the project are still made by the test that needs them;
 * - where `npm run export -- --all` (slide PDF, handout, both PowerPoint files, HTML file) is written by
 *   helpers.ts `sharedExport()`: the first test file to ask runs it, the others wait for it
 *   (tests/browser/sequencer.ts runs export.test.ts first, the other files that read it last).
 */
export interface SharedBuild {
  dir: string
  status: number | null
  output: string
}

/** The sub-path the shared sub-path build is made for, as a host serving the deck under a folder would. */
export const sharedSubPath = '/talks/kazakhstan/'

/**
 * The address the sub-path build is told it is hosted at (DECK_URL, as the Pages workflow sets it): its
 * closing slide carries a QR code to the reader view. The build at '/' has none.
 */
export const sharedDeckUrl = `https://example.github.io${sharedSubPath}`

/** Where the shared export (helpers.ts `sharedExport()`) writes: its files, TMPDIR, lock and result. */
export interface SharedExport {
  dir: string
  tmp: string
  /** Made (mkdir) by the one test file that runs the export. */
  lock: string
  /** Written when the export has ended: a SharedExportResult. */
  done: string
}

/** The shared export's exit status and output, and what it left in its TMPDIR. */
export interface SharedExportResult extends SharedBuild {
  tmpLeft: string[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: Record<string, SharedBuild>
    sharedExport: SharedExport
  }
}

/** Runs a command from the project; resolves with its exit status and output. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null, output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...env,
      },
      timeout: 280_000,
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => output += d)
    child.stderr.setEncoding('utf8').on('data', (d: string) => output += d)
    child.on('close', status => done({ status, output }))
  })
}

async function build(base: string): Promise<SharedBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-dist-shared-'))
  const env = base === sharedSubPath
    ? { DECK_URL: sharedDeckUrl }
    : {}
  return {
    dir,
    ...await run(join(projectRoot, 'node_modules', '.bin', 'slidev'), ['build', '--out', dir, '--base', base], env),
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'deck-export-shared-'))
  project.provide('sharedExport', {
    dir: join(root, 'out'),
    tmp: join(root, 'tmp'),
    lock: join(root, 'lock'),
    done: join(root, 'done.json'),
  })
  const bases = ['/', sharedSubPath]
  const builds = await Promise.all(bases.map(build))
  project.provide('sharedBuilds', Object.fromEntries(bases.map((base, i) => [base, builds[i]!])))
  return () => {
    for (const dir of [
      ...builds.map(b => b.dir),
      root,
    ])
      rmSync(dir, { recursive: true, force: true })
  }
}
