import type { Browser } from 'playwright-core'
import type { SharedExportResult } from './global-setup'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { expect, inject } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { projectRoot } from '../../export/deck'
import { run as runAsync } from './global-setup'

export interface Run {
  status: number | null
  output: string
}

/** Runs a command of the project (e.g. `slidev build`) and returns its exit status and output. */
export function run(command: string, args: string[], cwd = projectRoot, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
    },
    timeout: 280_000,
  })
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` }
}

export const slidevBin = join(projectRoot, 'node_modules', '.bin', 'slidev')

/** Node's arguments for `npm run export -- <args>` (export/cli.ts, as package.json runs it). */
function exportCommand(args: string[]): string[] {
  return [
    '--experimental-strip-types',
    '--no-warnings',
    join(projectRoot, 'export', 'cli.ts'),
    ...args,
  ]
}

/** Runs `npm run export -- <args>` as npm would (export/cli.ts under Node), from `cwd`. */
export function runExport(args: string[], cwd = projectRoot, env: NodeJS.ProcessEnv = {}): Run {
  return run(process.execPath, exportCommand(args), cwd, env)
}

/**
 * The files of `npm run export -- --all` (export/cli.ts under Node, with a TMPDIR of its own), made once
 * for the test files that read them: the first to ask runs it, in its own worker, and the others wait for
 * it. Resolves with the folder, the run's status and output, and what it left in its TMPDIR.
 */
export async function sharedExport(): Promise<SharedExportResult> {
  const shared = inject('sharedExport')
  if (mkdirSync(shared.lock, { recursive: true })) {
    mkdirSync(shared.tmp)
    const result = await runAsync(process.execPath, exportCommand([
      '--all',
      '--output',
      shared.dir,
    ]), { TMPDIR: shared.tmp })
    const done: SharedExportResult = {
      dir: shared.dir,
      ...result,
      tmpLeft: readdirSync(shared.tmp),
    }
    writeFileSync(shared.done, JSON.stringify(done))
    return done
  }
  for (const start = Date.now(); !existsSync(shared.done); await new Promise(r => setTimeout(r, 500))) {
    if (Date.now() - start > 280_000)
      throw new Error('the shared export (helpers.ts sharedExport) has not ended after 280 s')
  }
  return JSON.parse(readFileSync(shared.done, 'utf8')) as SharedExportResult
}

const made: string[] = []

/** A temporary folder that cleanTemp() removes. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes the folders buildDeck() and copyProject() made (call it in afterAll). */
export function cleanTemp(): void {
  for (const dir of made.splice(0))
    rmSync(dir, { recursive: true, force: true })
}

/**
 * The deck built for `base`: for the project itself at '/' or at the shared sub-path, one of the builds
 * global-setup.ts made for all the browser tests (read it, never change it); otherwise a fresh build in
 * a temporary folder.
 */
export function buildDeck(base = '/', root = projectRoot): { dir: string, result: Run } {
  const shared = root === projectRoot
    ? inject('sharedBuilds')[base]
    : undefined
  if (shared) {
    return {
      dir: shared.dir,
      result: { status: shared.status, output: shared.output },
    }
  }
  const dir = tempDir('deck-dist-')
  const result = run(slidevBin, ['build', '--out', dir, '--base', base], root)
  return { dir, result }
}

/** What a copy of the project leaves out: the tests, the docs, and what installs and builds make. */
const notCopied = new Set([
  'node_modules',
  '.git',
  'tests',
  'docs',
  'dist',
  'shots',
  '.slidev',
  '.vite',
])

/**
 * A copy of the project in which a test may break things. Its node_modules links each installed package
 * but not Vite's cache (node_modules/.vite): the copy's server has a config of its own, and sharing the
 * cache would have every server of the suite optimise the dependencies again, each time a copy or the
 * project itself starts one.
 */
export function copyProject(): string {
  const dir = tempDir('deck-copy-')
  for (const entry of readdirSync(projectRoot).filter(e => !notCopied.has(e)))
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true })
  const modules = join(projectRoot, 'node_modules')
  mkdirSync(join(dir, 'node_modules'))
  for (const entry of readdirSync(modules).filter(e => e !== '.vite'))
    symlinkSync(join(modules, entry), join(dir, 'node_modules', entry))
  return dir
}

/** A copy of the project with one edit to one of its files; throws when `from` is not in the file. */
export function copyWithEdit(file: string, from: string, to: string): string {
  const copy = copyProject()
  const path = join(copy, file)
  const text = readFileSync(path, 'utf8')
  if (!text.includes(from))
    throw new Error(`${file} no longer contains ${JSON.stringify(from)}: update the test`)
  writeFileSync(path, text.replace(from, to))
  return copy
}

/** A server of a built deck: tools/serve.ts, or tools/serve-headers.ts with the hosting headers. */
interface Served {
  url: string
  close: () => Promise<void>
}

export interface ServedDeck<S extends Served> {
  dir: string
  server: S
  browser: Browser
  /** Closes the browser and the server and removes the temporary folders (call it in afterAll). */
  close: () => Promise<void>
}

/**
 * The deck built for `base` (buildDeck), served by `serve`, and a Chromium to open it in. When one of
 * them fails, what was made is closed and removed before the failure is passed on.
 */
export async function servedDeck<S extends Served>(serve: (dir: string, base: string) => Promise<S>, base = '/'): Promise<ServedDeck<S>> {
  let server: S | undefined
  let browser: Browser
  let built: ReturnType<typeof buildDeck>
  try {
    built = buildDeck(base)
    expect(built.result.status, built.result.output).toBe(0)
    server = await serve(built.dir, base)
    browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
  }
  catch (e) {
    await server?.close()
    cleanTemp()
    throw e
  }
  return {
    dir: built.dir,
    server,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
      cleanTemp()
    },
  }
}
