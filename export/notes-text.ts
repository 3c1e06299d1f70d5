/**
 * Speaker notes as plain text, for the handout and the PowerPoint notes: markdown and HTML removed, the
 * `[click]` / `[click:3]` step markers dropped, lists kept as separate lines with a bullet.
 * Returns the paragraphs; an empty array when the slide has no notes.
 */
export function plainNoteParagraphs(note: string): string[] {
  const text = note
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\[click(?::[+-]?\d+)?\]/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h\d)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
  const paragraphs: string[] = []
  for (const block of text.split(/\n\s*\n/)) {
    const lines: string[] = []
    for (const raw of block.split('\n')) {
      const line = raw.trim()
      if (!line)
        continue
      const item = /^(?:[-*+]|\d+[.)])\s(.*)$/.exec(line)
      if (item)
        lines.push(`• ${inline(item[1]!)}`)
      else if (lines.length)
        lines[lines.length - 1] += ` ${inline(line)}`
      else
        lines.push(inline(line.replace(/^#+\s*/, '').replace(/^>\s*/, '')))
    }
    // A line continues the paragraph (or list item) above; list items are separate lines of one paragraph.
    const joined = lines.join('\n').replace(/[ \t]+/g, ' ').trim()
    if (joined)
      paragraphs.push(joined)
  }
  return paragraphs
}

/** The notes as one string, paragraphs separated by a blank line. */
export function plainNote(note: string): string {
  return plainNoteParagraphs(note).join('\n\n')
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(\S(?:.*?\S)?)\*\B/g, '$1$2')
    .replace(/(^|\W)_(\S(?:.*?\S)?)_\b/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        return String.fromCodePoint(e[1] === 'x' || e[1] === 'X'
          ? Number.parseInt(e.slice(2), 16)
          : Number(e.slice(1)))
      }
      return entities[e.toLowerCase()] ?? m
    })
}
