import type { Alias, Plugin } from 'vite'
import type { SourceText } from './font-text.ts'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import process from 'node:process'
import fontkit from '@pdf-lib/fontkit'
import subsetFont from 'subset-font'
import { collectCharacters, missingCharacters } from './font-text.ts'

/**
 * In `slidev build`, the WOFF2 files styles/index.css names are replaced by subsets holding only the
 * characters the deck's own text uses (plugins/font-text.ts), with every layout feature kept (kerning,
 * ligatures, fractions). The subsets are written under node_modules/.deck-fonts/<content hash>/ and
 * the CSS's font URLs are aliased to them, so Vite hashes the subset's bytes. A character some file
 * shows that a font has no glyph for stops the build, naming the character and the files. The dev
 * server, and so the PDF, handout and PowerPoint exports, keep the full font files.
 */

/** The files whose text the deck can show, as folders (relative to the root) and file endings. */
export const textSources: [string, RegExp][] = [
  ['.', /^(?:slides\.md|[^/]+\.vue)$/],
  ['pages', /\.md$/],
  ['data', /\.ts$/],
  ['charts', /\.ts$/],
  ['components', /\.vue$/],
  ['layouts', /\.(?:vue|ts)$/],
  ['reader', /\.(?:vue|ts|js)$/],
  ['export', /^handout[^/]*\.ts$/],
]

/** The deck's text files under `root`, read, in a fixed order. */
export function readTextSources(root: string): SourceText[] {
  const files: SourceText[] = []
  for (const [dir, ends] of textSources) {
    let names: string[]
    try {
      names = readdirSync(join(root, dir), { recursive: dir !== '.', encoding: 'utf8' })
    }
    catch {
      continue
    }
    for (const name of names.filter(n => ends.test(n) && !n.endsWith('.d.ts')).sort()) {
      const path = join(dir, name)
      files.push({
        path,
        text: readFileSync(join(root, path), 'utf8'),
      })
    }
  }
  return files
}

/** The package paths of the font files a style sheet loads (`url('@fontsource/…woff2')`). */
export function fontUrls(css: string): string[] {
  return [
    ...new Set([
      ...css.matchAll(/url\(['"]?(@fontsource\/[^'")]+\.woff2)['"]?\)/g),
    ].map(m => m[1]!)),
  ]
}

/** The code points a font has glyphs for. */
function codePoints(font: Buffer): Set<number> {
  return new Set(fontkit.create(font).characterSet)
}

/** Subsets one font to `text`, or throws naming every character a file shows that the font lacks. */
export async function subsetOne(font: Buffer, used: Map<string, string[]>, label: string): Promise<Buffer> {
  const has = codePoints(font)
  const lacking = missingCharacters(used, cp => has.has(cp))
  if (lacking.length) {
    throw new Error(`font subset: ${label} has no glyph for ${lacking.length} character(s) the deck shows:\n  ${
      lacking.join('\n  ')}\nUse a character the font has, or add a font that has it.`)
  }
  const subset = await subsetFont(font, [
    ...used.keys(),
  ].join(''), { targetFormat: 'woff2' })
  const kept = codePoints(subset)
  const lost = missingCharacters(used, cp => kept.has(cp))
  if (lost.length)
    throw new Error(`font subset: the subset of ${label} lost ${lost.join('; ')}`)
  return subset
}

/**
 * Stores a subset under a folder named by its content's hash and returns its path: builds of different
 * text at once (the tests build copies of the project sharing node_modules) never overwrite each other's
 * file, and a file is renamed into place whole.
 */
function storeSubset(out: string, name: string, subset: Buffer): string {
  const dir = join(out, createHash('sha256').update(subset).digest('hex').slice(0, 16))
  const file = join(dir, name)
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, subset)
    renameSync(temp, file)
  }
  return file
}

/** Writes the subsets of the fonts `styles/index.css` names and returns the aliases that point at them. */
export async function writeSubsets(root: string): Promise<Alias[]> {
  const require = createRequire(join(root, 'package.json'))
  const used = collectCharacters(readTextSources(root))
  const out = join(root, 'node_modules', '.deck-fonts')
  const aliases: Alias[] = []
  for (const url of fontUrls(readFileSync(join(root, 'styles', 'index.css'), 'utf8'))) {
    const subset = await subsetOne(Buffer.from(readFileSync(require.resolve(url))), used, url)
    const file = storeSubset(out, url.split('/').pop()!, subset)
    aliases.push({
      find: new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      replacement: file,
    })
  }
  return aliases
}

/** The build's font subsetting; `npm run dev` and the exports keep the full fonts. */
export function fontSubsetPlugin(): Plugin {
  return {
    name: 'deck:font-subset',
    apply: 'build',
    async config(config) {
      const root = resolve(config.root ?? process.cwd())
      return {
        resolve: { alias: await writeSubsets(root) },
      }
    },
  }
}
