import { median } from '../stats.ts'

/**
 * The room's rules ("design for the room"): the limits, the figures measured on each slide, and the
 * failures they make. tests/browser/room.test.ts asserts them; `npm run room` prints them.
 */

export const rules = {
  /** The largest empty band allowed, as a fraction of the slide's height. */
  maxBand: 0.18,
  /** The bottom of the frame where the source line sits, as a fraction of the slide's height. */
  footerZone: 0.12,
  maxWords: 40,
  maxMedianWords: 30,
  /** Canvas px (the canvas is 980 px wide). */
  minFont: 14,
  /** The share of the frame a graphic covers at least. */
  graphicArea: 0.04,
  minGraphicSlides: 12,
} as const

export interface Graphic {
  kind: 'svg' | 'img' | 'canvas'
  /** Share of the frame its visible box covers. */
  area: number
  /** The accessible name ('' when it has none). */
  name: string
  /** The description or text alternative ('' when it has none); a table or figcaption is named as such. */
  description: string
  accessible: boolean
}

export interface SlideMeasure {
  /** The canvas in slide px (980 × 551.25 for 16:9; Slidev rounds the height to 552). */
  width: number
  height: number
  /** Largest empty horizontal band between the top of the content and the footer zone, as a share of the height. */
  band: number
  /** Where that band is, in slide px (top, bottom); undefined when the band is 0. */
  bandAt?: [number, number]
  /** The top of the first text line or graphic, in slide px; undefined when nothing is above the footer zone. */
  contentTop?: number
  words: number
  /** The counted words, for checking what was counted. */
  wordText: string
  /** Every visible text of the slide (headings, chart labels and source lines included), space-joined. */
  visibleText: string
  /** Smallest rendered font size in canvas px (source lines exempt); Infinity when there is no text. */
  minFont: number
  /** The text set in that size, and its element. */
  minFontText: string
  graphics: Graphic[]
}

export interface SlideRow extends SlideMeasure {
  no: number
  title: string
}

/** The sources slide, exempt from the text and band rules: the last slide, when its title says so. */
export function sourcesSlide(deck: { no: number, title: string }[]): number | undefined {
  const last = deck.at(-1)
  return last && /sources/i.test(last.title)
    ? last.no
    : undefined
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`
export function px(x: number): string {
  return Number.isFinite(x)
    ? `${x.toFixed(1)} px`
    : 'no text'
}
export const accessibleGraphics = (row: SlideMeasure): Graphic[] => row.graphics.filter(g => g.accessible)

export interface RoomFailure {
  rule: 'band' | 'words' | 'median' | 'font' | 'graphics'
  /** The slide, for the rules about one slide. */
  no?: number
  message: string
}

/**
 * The room's rules over measured slides: one failure per broken rule, its message naming the slide
 * (number and title) and the figure. Empty when every rule holds. The sources slide (`exempt`) is held
 * to none of the rules on text and bands, and counts for the graphics like any slide.
 */
export function roomFailures(rows: SlideRow[], exempt = sourcesSlide(rows)): RoomFailure[] {
  const failures: RoomFailure[] = []
  const name = (r: SlideRow): string => `slide ${r.no} "${r.title}"`
  const judged = rows.filter(r => r.no !== exempt)
  for (const r of judged) {
    if (r.band > rules.maxBand) {
      const at = r.bandAt
        ? ` (empty from ${pct(r.bandAt[0] / r.height)} to ${pct(r.bandAt[1] / r.height)} of the height)`
        : ''
      failures.push({ rule: 'band', no: r.no, message: `${name(r)}: an empty band of ${pct(r.band)}${at}, more than ${pct(rules.maxBand)}` })
    }
    if (r.words > rules.maxWords)
      failures.push({ rule: 'words', no: r.no, message: `${name(r)}: ${r.words} words of body text, more than ${rules.maxWords}` })
    if (r.minFont < rules.minFont - 0.05)
      failures.push({ rule: 'font', no: r.no, message: `${name(r)}: text of ${px(r.minFont)}, under ${rules.minFont} px: ${r.minFontText}` })
  }
  const med = median(judged.map(r => r.words))
  if (med > rules.maxMedianWords)
    failures.push({ rule: 'median', message: `median words of body text ${med} over ${judged.length} slides, more than ${rules.maxMedianWords}` })
  const withGraphic = rows.filter(r => accessibleGraphics(r).length > 0)
  if (withGraphic.length < rules.minGraphicSlides) {
    const unnamed = rows.flatMap(r => r.graphics.filter(g => !g.accessible).map(g => `slide ${r.no} (${g.kind} without ${g.name ? 'description' : 'name'})`))
    failures.push({
      rule: 'graphics',
      message: `${withGraphic.length} slides have an accessible graphic of at least ${pct(rules.graphicArea)} of the frame (slides ${withGraphic.map(r => r.no).join(', ') || 'none'}), fewer than ${rules.minGraphicSlides}${unnamed.length
        ? `; not accessible: ${unnamed.join(', ')}`
        : ''}`,
    })
  }
  return failures
}
