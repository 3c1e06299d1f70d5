/**
 * The reader view's text helpers, pure: a slide's speaker notes as paragraphs without Slidev's
 * `[click]` markers, and the `#slide-N` anchors that open the reader at a slide. A click step that
 * goes on with the sentence before it (that paragraph ends in a comma or a semicolon) joins it: in
 * the room each step is a click, on the page the sentence reads whole.
 */

/** Slidev's mark for a `[click]` in rendered notes (noteHTML), with the space after it. */
const renderedClickMark = /<span class="slidev-note-click-mark"[^>]*><\/span>\s*/g
/** A `[click]` or `[click:3]` marker in a note's Markdown, with the space after it. */
const markdownClickMark = /\[click(?::\d+)?\]\s*/gi
const emptyParagraph = /<p>\s*<\/p>\s*/g
/** The break between a paragraph that ends mid-sentence and the next one. */
const renderedContinuation = /([,;])<\/p>\s*<p>/g

/** Slidev's rendered notes (`slide.meta.slide.noteHTML`) without the click marks, ready to show. */
export function readerNoteHtml(noteHtml: string | undefined): string {
  return (noteHtml ?? '')
    .replace(renderedClickMark, '')
    .replace(emptyParagraph, '')
    .replace(renderedContinuation, '$1 ')
    .trim()
}

/** A note's Markdown as the paragraphs a reader sees: split at blank lines, markers dropped, spaces collapsed. */
export function noteParagraphs(note: string | undefined): string[] {
  return (note ?? '')
    .split(/\n\s*\n/)
    .map(p => p.replace(markdownClickMark, '').replace(/\s+/g, ' ').trim())
    .filter(p => p.length > 0)
    .reduce<string[]>((joined, p) => {
      const last = joined.at(-1)
      if (last !== undefined && /[,;]$/.test(last))
        joined[joined.length - 1] = `${last} ${p}`
      else
        joined.push(p)
      return joined
    }, [])
}

/** The id of a slide's block in the reader (`slide-12`), so that `/reader#slide-12` opens there. */
export function slideAnchor(no: number): string {
  return `slide-${no}`
}

/** The slide number a hash such as `#slide-12` names, or undefined when it names none of `total` slides. */
export function slideFromHash(hash: string, total: number): number | undefined {
  const match = /^#?slide-(\d+)$/.exec(hash)
  const no = match
    ? Number(match[1])
    : Number.NaN
  return Number.isInteger(no) && no >= 1 && no <= total
    ? no
    : undefined
}
