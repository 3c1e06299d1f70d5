import type { TestProject } from 'vitest/node'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../../export/deck'

/**
 * One `slidev build` of the deck for the base '/', made before the browser tests start and shared by
 * every file that only reads it (helpers.ts `buildDeck()` hands it out). Builds for another base or of
 * a changed copy of the project are still made by the test that needs them.
 */
export interface SharedBuild {
  dir: string
  status: number | null
  output: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuild: SharedBuild
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'deck-dist-shared-'))
  const r = spawnSync(join(projectRoot, 'node_modules', '.bin', 'slidev'), ['build', '--out', dir, '--base', '/'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 280_000,
  })
  project.provide('sharedBuild', { dir, status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` })
  return () => rmSync(dir, { recursive: true, force: true })
}
