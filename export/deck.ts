import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

/** The deck as Slidev reads it, for the export, the developer tools and the tests. */

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

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
