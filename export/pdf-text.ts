import type { PDFDocument, PDFFont, PDFRef } from 'pdf-lib'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PDFHexString, PDFName } from 'pdf-lib'

/**
 * Text in a PDF made with pdf-lib (the handout): the deck's font files, lines wrapped to a width, a check
 * that every character has a glyph in the embedded subset, dates in words, and a flat outline of bookmarks.
 */

/** Source Sans 3 (the deck's font) in the given weight, from @fontsource. */
export function fontFile(weight: 400 | 700): Uint8Array {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('@fontsource/source-sans-3/package.json'))
  // fontkit reads WOFF reliably; its WOFF2 reader names the 400 weight "ExtraLight".
  return readFileSync(join(dir, 'files', `source-sans-3-latin-${weight}-normal.woff`))
}

/** A word's width, remembered per word (shaping a whole line per candidate is quadratic and slow with fontkit). */
function wordWidths(font: PDFFont, size: number): (word: string) => number {
  const widths = new Map<string, number>()
  return (w) => {
    let v = widths.get(w)
    if (v === undefined) {
      v = font.widthOfTextAtSize(w, size)
      widths.set(w, v)
    }
    return v
  }
}

/** Cuts the front off a word too long for a line, as many times as it takes; returns the lines and what is left. */
function splitLongWord(word: string, font: PDFFont, size: number, room: number, measure: (w: string) => number): { lines: string[], rest: string } {
  const lines: string[] = []
  while (measure(word) > room) {
    let cut = word.length - 1
    while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > room)
      cut--
    lines.push(word.slice(0, cut))
    word = word.slice(cut)
  }
  return { lines, rest: word }
}

/**
 * Splits text into lines no wider than `width`, breaking at spaces (a word longer than a line is split).
 * Words are measured one at a time.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const measure = wordWidths(font, size)
  const space = measure(' ')
  const room = width * 0.995
  const lines: string[] = []
  for (const hard of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    for (const word of hard.split(/ +/)) {
      const w = measure(word)
      if (line && lineWidth + space + w <= room) {
        line += ` ${word}`
        lineWidth += space + w
        continue
      }
      if (line)
        lines.push(line)
      const { lines: cut, rest } = splitLongWord(word, font, size, room, measure)
      lines.push(...cut)
      line = rest
      lineWidth = measure(rest)
    }
    lines.push(line)
  }
  return lines
}

const characterSets = new WeakMap<PDFFont, Set<number>>()

/** Throws, naming `where` and the character, when `text` has a character the font subset lacks. */
export function checkGlyphs(text: string, font: PDFFont, where: string): void {
  let have = characterSets.get(font)
  if (!have) {
    have = new Set(font.getCharacterSet())
    characterSets.set(font, have)
  }
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp > 32 && !have.has(cp))
      throw new Error(`${where}: the character "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) is not in the handout's font (Source Sans 3, Latin subset)`)
  }
}

export function formatDate(d: Date): string {
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** A flat outline (bookmarks), one entry per item, each opening its page. */
export function addOutline(doc: PDFDocument, items: { title: string, page: PDFRef }[]): void {
  const ctx = doc.context
  const root = ctx.nextRef()
  const refs = items.map(() => ctx.nextRef())
  items.forEach((item, i) => {
    const dict = ctx.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: root,
      Dest: [item.page, 'XYZ', null, null, null],
    })
    if (i > 0)
      dict.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < items.length - 1)
      dict.set(PDFName.of('Next'), refs[i + 1]!)
    ctx.assign(refs[i]!, dict)
  })
  ctx.assign(root, ctx.obj({
    Type: 'Outlines',
    First: refs[0]!,
    Last: refs.at(-1)!,
    Count: items.length,
  }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
