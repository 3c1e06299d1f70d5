import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../export/deck.ts'

/**
 * `slidev build` of a deck for the base '/' into a fresh temporary folder (`prefix` + random), which it
 * returns; the caller removes it. `announce` hears the folder before the build starts. A failed build
 * removes the folder and throws with Slidev's output.
 */
export function buildIntoTemp(prefix: string, announce: (dir: string) => void, entry = 'slides.md', root = projectRoot): string {
  const out = mkdtempSync(join(tmpdir(), prefix))
  announce(out)
  const r = spawnSync(join(projectRoot, 'node_modules', '.bin', 'slidev'), [
    'build',
    entry,
    '--out',
    out,
    '--base',
    '/',
  ], { cwd: root, encoding: 'utf8' })
  if (r.status !== 0) {
    rmSync(out, { recursive: true, force: true })
    throw new Error(`slidev build failed (exit ${r.status}):\n${r.stdout}${r.stderr}`)
  }
  return out
}
