import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

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

export interface DeckSlide {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  content: string
  note: string
  /** The markdown file the slide comes from, relative to the project. */
  file: string
  frontmatter: Record<string, unknown>
}

/** Reads slides.md the way Slidev does, with the `src:` chapters resolved. */
export async function loadDeck(root = projectRoot, entry = 'slides.md'): Promise<DeckSlide[]> {
  const data = await load({
    roots: [root],
    userRoot: root,
  }, resolve(root, entry))
  return data.slides.map((s, i) => ({
    no: i + 1,
    title: s.title ?? '',
    content: s.content,
    note: s.note ?? '',
    file: s.source.filepath.slice(root.length + 1),
    frontmatter: s.frontmatter,
  }))
}
