import type { DeckSlide } from './deck.ts'

/** The handout's papers, margins and inputs. */

/** Paper sizes in PDF points. */
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
  deck: DeckSlide[]
  paper: Paper
  /** The deck's title (headmatter `title`). */
  title: string
  /** What the deck is (headmatter `info`, first line). */
  subtitle?: string
  author?: string
  source: HandoutSource
  date: Date
}

/** The page margins in points: the sides and top, and the bottom (which holds the footer). */
export const margin = 56
export const marginBottom = 64

/** The width of the text column in CSS px (the reader view is laid out at this width, then printed). */
export function columnWidth(paper: Paper): number {
  return Math.floor((papers[paper][0] - 2 * margin) / 0.75)
}
