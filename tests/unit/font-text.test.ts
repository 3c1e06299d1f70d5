import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { fontUrls, readTextSources, subsetOne } from '../../plugins/font-subset'
import { alwaysKept, collectCharacters, missingCharacters, shownText, stringLiterals } from '../../plugins/font-text'

/** Which characters the deck shows (plugins/font-text.ts) and the subset made of them (plugins/font-subset.ts). */

const root = join(import.meta.dirname, '..', '..')
const font400 = '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2'

describe('the text a file shows', () => {
  it('takes a TypeScript file\'s string literals, not its code or comments', () => {
    // eslint-disable-next-line no-template-curly-in-string -- the code under test has a template literal
    const code = '// a comment → here\nconst label = \'Astana ·\'\nconst t = `Leg ${n} of ${m}: x—y`\n/* ≤ */ const re = /→/\n'
    expect(stringLiterals(code)).toEqual(['Astana ·', 'Leg ', ' of ', ': x—y'])
    expect(shownText({ path: 'data/x.ts', text: code })).not.toMatch(/[→≤]/)
  })

  it('takes a Vue file\'s template without comments and its scripts\' strings', () => {
    const sfc = '<script setup lang="ts">\n// → not shown\nconst a = \'“quoted”\'\n</script>\n\n<template>\n  <!-- ≤ not shown -->\n  <p>×2</p>\n</template>\n\n<style>\np { color: red }\n</style>\n'
    const text = shownText({ path: 'components/X.vue', text: sfc })
    expect(text).toContain('“quoted”')
    expect(text).toContain('×2')
    expect(text).not.toMatch(/[→≤]|color/)
  })

  it('takes all of a Markdown file, speaker notes included', () => {
    expect(shownText({ path: 'pages/x.md', text: '# A\n\n<!--\nNote … ≤\n-->\n' })).toContain('≤')
  })
})

describe('the characters', () => {
  it('are the files\' characters and printable ASCII, in code-point order, each with its files', () => {
    const used = collectCharacters([
      { path: 'a.md', text: 'é\n\t–' },
      { path: 'b.md', text: 'é' },
    ])
    const keys = [
      ...used.keys(),
    ]
    expect(keys).toEqual([...keys].sort((x, y) => x.codePointAt(0)! - y.codePointAt(0)!))
    expect(used.get('é')).toEqual(['a.md', 'b.md'])
    expect(used.get('–')).toEqual(['(always kept)', 'a.md'])
    expect(used.has('\n')).toBe(false)
    expect(keys.join('')).toContain(alwaysKept.slice(0, 95))
  })

  it('names a character the font lacks and where it appears, not the always-kept ones', () => {
    const used = collectCharacters([
      { path: 'pages/us.md', text: 'a → b' },
    ])
    expect(missingCharacters(used, cp => cp < 0x2000)).toEqual(['"→" (U+2192) in pages/us.md'])
  })

  it('of the deck are all in the font, the same on every run', () => {
    const files = readTextSources(root)
    expect(files.map(f => f.path)).toContain('slides.md')
    expect(files.map(f => f.path)).toContain('pages/us.md')
    expect([
      ...collectCharacters(files).keys(),
    ].join('')).toBe([
      ...collectCharacters(readTextSources(root)).keys(),
    ].join(''))
  })
})

describe('the subset', () => {
  it('finds the three fonts the style sheet loads', () => {
    const urls = fontUrls(readFileSync(join(root, 'styles', 'index.css'), 'utf8'))
    expect(urls).toHaveLength(3)
    expect(urls).toContain(font400)
  })

  it('keeps the deck\'s characters and the layout features, and is smaller', async () => {
    const full = Buffer.from(readFileSync(createRequire(join(root, 'package.json')).resolve(font400)))
    const used = collectCharacters([
      { path: 'a.md', text: 'Kazakhstan’s first 2022 — “Tokayev”' },
    ])
    const subset = await subsetOne(full, used, font400)
    expect(subset.length).toBeLessThan(full.length * 0.7)
    const [before, after] = [
      fontkit.create(full),
      fontkit.create(subset),
    ]
    for (const cp of [
      ...used.keys(),
    ].map(ch => ch.codePointAt(0)!).filter(cp => before.hasGlyphForCodePoint(cp)))
      expect(after.hasGlyphForCodePoint(cp), String.fromCodePoint(cp)).toBe(true)
    expect(after.characterSet.length).toBeLessThanOrEqual(used.size)
    expect(after.availableFeatures).toEqual(expect.arrayContaining(['kern', 'liga']))
  })

  it('refuses a text with a character the font lacks', async () => {
    const full = Buffer.from(readFileSync(createRequire(join(root, 'package.json')).resolve(font400)))
    await expect(subsetOne(full, collectCharacters([
      { path: 'pages/x.md', text: '中' },
    ]), font400))
      .rejects
      .toThrow('"中" (U+4E2D) in pages/x.md')
  })
})
