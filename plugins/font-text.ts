import ts from 'typescript'
import { parse as parseSfc } from 'vue/compiler-sfc'

/**
 * The text the deck can show, for the font subset (plugins/font-subset.ts): every character of a
 * Markdown file (slides and speaker notes), the template text and string literals of a Vue file, the
 * string literals of a TypeScript or JavaScript file (code and comments left out), plus printable ASCII
 * and the few spaces and punctuation that number and date formatting produce. Pure and deterministic:
 * the same files give the same characters, in code-point order.
 */

/** A source file of the deck: its path relative to the project (for messages) and its text. */
export interface SourceText {
  path: string
  text: string
}

/** Printable ASCII, and the no-break and thin spaces and dashes that Intl formatting may write. */
export const alwaysKept: string = [
  ...Array.from({ length: 0x7F - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  '\u00A0',
  '\u2009',
  '\u202F',
  '\u2013',
  '\u2014',
  '\u2019',
  '\u2026',
  '\u2212',
].join('')

/** The string literals (template pieces included) of a TypeScript or JavaScript source. */
export function stringLiterals(code: string, fileName = 'file.ts'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false)
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      out.push(node.text)
    else if (ts.isJsxText(node))
      out.push(node.text)
    node.forEachChild(visit)
  }
  visit(source)
  return out
}

/** A Vue file's shown text: its template without HTML comments, and its scripts' string literals. */
export function vueText(code: string, fileName: string): string {
  const { descriptor } = parseSfc(code, { filename: fileName })
  const template = (descriptor.template?.content ?? '').replace(/<!--[\s\S]*?-->/g, '')
  const scripts = [descriptor.script, descriptor.scriptSetup]
    .flatMap(block => block
      ? stringLiterals(block.content, `${fileName}.${block.lang ?? 'js'}`)
      : [])
  return [template, ...scripts].join('\n')
}

/** The text of one source file that can end up on screen, by its kind. */
export function shownText({ path, text }: SourceText): string {
  if (/\.md$/.test(path))
    return text
  if (/\.vue$/.test(path))
    return vueText(text, path)
  if (/\.[cm]?[jt]s$/.test(path))
    return stringLiterals(text, path).join('\n')
  throw new Error(`font-text: no rule for the text of ${path}`)
}

/** Whether a code point is drawn as a glyph (controls and variation selectors are not). */
function drawn(cp: number): boolean {
  return cp >= 0x20 && cp !== 0x7F && !(cp >= 0x80 && cp < 0xA0) && !(cp >= 0xFE00 && cp <= 0xFE0F)
}

/** Each character the files show (plus `alwaysKept`), with the files it appears in, in code-point order. */
export function collectCharacters(files: SourceText[]): Map<string, string[]> {
  const found = new Map<string, Set<string>>()
  const add = (ch: string, where: string): void => {
    if (drawn(ch.codePointAt(0)!))
      found.set(ch, (found.get(ch) ?? new Set()).add(where))
  }
  for (const ch of alwaysKept)
    add(ch, '(always kept)')
  for (const file of files) {
    for (const ch of shownText(file))
      add(ch, file.path)
  }
  return new Map([...found]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([ch, where]) => [
      ch,
      [...where].sort(),
    ]))
}

/** A character as the build error names it: itself, its code point, and where it appears. */
export function describeCharacter(ch: string, files: string[]): string {
  const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  return `"${ch}" (U+${cp}) in ${files.join(', ')}`
}

/**
 * The characters some file shows that the font has no glyph for, as messages (empty when all are
 * covered); `(always kept)` characters a font lacks are dropped without a message.
 */
export function missingCharacters(used: Map<string, string[]>, has: (cp: number) => boolean): string[] {
  const missing: string[] = []
  for (const [ch, files] of used) {
    const shown = files.filter(f => f !== '(always kept)')
    if (shown.length && !has(ch.codePointAt(0)!))
      missing.push(describeCharacter(ch, shown))
  }
  return missing
}
