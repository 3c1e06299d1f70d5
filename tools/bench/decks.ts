import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDeck, projectRoot } from '../../export/deck.ts'

/** The two decks the bench compares: this one, and a bare two-slide Slidev deck with the same packages. */

export interface Deck {
  name: string
  root: string
  entry: string
  slides: number
}

export const slidev = join(projectRoot, 'node_modules', '.bin', 'slidev')

const bareSlides = [
  '---',
  'theme: default',
  'title: Bare deck',
  'fonts:',
  '  provider: none',
  'favicon: /favicon.svg',
  'exportFilename: bare',
  '---',
  '',
  '# First slide',
  '',
  'A bare Slidev deck.',
  '',
  '---',
  '',
  '# Second slide',
  '',
  'Nothing else.',
  '',
]

/** A bare deck in a temporary folder (the caller removes `root`). */
export function bareDeck(): Deck {
  const root = mkdtempSync(join(tmpdir(), 'bench-bare-'))
  writeFileSync(join(root, 'slides.md'), bareSlides.join('\n'))
  mkdirSync(join(root, 'public'))
  writeFileSync(join(root, 'public', 'favicon.svg'), readFileSync(join(projectRoot, 'public', 'favicon.svg')))
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n')
  // The same installed packages, one link each, in a node_modules of its own: Vite keeps its dependency
  // cache in <root>/node_modules/.vite, and a shared one would be re-optimised at every switch of deck.
  mkdirSync(join(root, 'node_modules'))
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!entry.startsWith('.vite'))
      symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry))
  }
  return {
    name: 'bare deck',
    root,
    entry: 'slides.md',
    slides: 2,
  }
}

export async function thisDeck(): Promise<Deck> {
  return {
    name: 'this deck',
    root: projectRoot,
    entry: 'slides.md',
    slides: (await loadDeck()).length,
  }
}
