import type { DeckSlide } from './deck.ts'

/** The handout's papers, margins and inputs, and where a slide sits on a handout page. */

export const papers = {
  a4: [595.28, 841.89],
  letter: [612, 792],
} as const
export type Paper = keyof typeof papers

export interface HandoutSource {
  title: string
  publisher: string
  date?: string
  url: string
}

export interface HandoutInput {
  /** One page per slide, in deck order, already cropped to the slide (export/pdf-edge.ts). */
  slidesPdf: Uint8Array
  deck: DeckSlide[]
  paper: Paper
  /** The deck's title (headmatter `title`). */
  title: string
  /** What the deck is (headmatter `info`, first line). */
  subtitle?: string
  author?: string
  source: HandoutSource
  date: Date
  /** Dark slides: no frame is drawn around them (their own background marks their edge). */
  dark?: boolean
}

export const margin = 56
export const footerY = 34

/** Where a slide of `width` × `height` pt sits on a handout page (PDF points, origin bottom left). */
export function handoutSlideBox(paper: Paper, width: number, height: number): { x: number, y: number, width: number, height: number } {
  const [W, H] = papers[paper]
  const w = W - 2 * margin
  const h = height * w / width
  return {
    x: margin,
    y: H - margin - h,
    width: w,
    height: h,
  }
}
