import type { TestProject } from 'vitest/node'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../../export/deck'

/**
 * The `slidev build`s of the deck that the browser tests only read, made once before they start (both
 * at once) and handed out by helpers.ts `buildDeck()`: for the base '/' and for one sub-path. Builds for
 * another base or of a changed copy of the project are still made by the test that needs them.
 */
export interface SharedBuild {
  dir: string
  status: number | null
  output: string
}

/** The sub-path the shared sub-path build is made for, as a host serving the deck under a folder would. */
export const sharedSubPath = '/talks/kazakhstan/'

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: Record<string, SharedBuild>
  }
}

function build(base: string): Promise<SharedBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-dist-shared-'))
  return new Promise((done) => {
    const child = spawn(join(projectRoot, 'node_modules', '.bin', 'slidev'), ['build', '--out', dir, '--base', base], {
      cwd: projectRoot,
      timeout: 280_000,
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => output += d)
    child.stderr.setEncoding('utf8').on('data', (d: string) => output += d)
    child.on('close', status => done({ dir, status, output }))
  })
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bases = ['/', sharedSubPath]
  const builds = await Promise.all(bases.map(build))
  project.provide('sharedBuilds', Object.fromEntries(bases.map((base, i) => [base, builds[i]!])))
  return () => {
    for (const { dir } of builds)
      rmSync(dir, { recursive: true, force: true })
  }
}
