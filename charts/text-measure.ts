/**
 * Text width without the DOM: an estimate of a string's width in the deck font (Source Sans 3), and
 * line breaking at spaces on that estimate, so a chart lays out the same in happy-dom, the browser and
 * the PDF.
 */

/** Advance widths of Source Sans 3 in em, by kind of character, rounded up so the estimate errs wide. */
function charWidth(c: string): number {
  if (/[il|!.,:;'’ȷj]/.test(c))
    return 0.27
  if (c === ' ' || c === '\u00A0')
    return 0.22
  if (/[mw]/i.test(c))
    return 0.8
  if (/[A-Z]/.test(c))
    return 0.62
  if (/\d/.test(c))
    return 0.51
  if (/[frt()[\]/-]/.test(c))
    return 0.36
  if (/[–—→]/.test(c))
    return 0.75
  return 0.5
}

/** An estimate (slightly generous) of a text's width in the deck font, in the units of `size`. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0
  for (const c of text) em += charWidth(c)
  return em * size * (bold ? 1.06 : 1)
}

/** Breaks text into lines no wider than `width` (estimated), at spaces. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line
      ? `${line} ${word}`
      : word
    if (line && textWidth(candidate, size) > width) {
      lines.push(line)
      line = word
    }
    else {
      line = candidate
    }
  }
  if (line)
    lines.push(line)
  return lines
}
