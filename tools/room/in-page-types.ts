/** The shapes the in-page measuring (tools/room/in-page.ts) passes between its steps. */

export interface InPageOptions {
  footerZone: number
  graphicArea: number
}

/** The slide being shown, its size in slide px and the window's scale, and what is known to be hidden. */
export interface Frame {
  canvas: HTMLElement
  root: HTMLElement
  box: DOMRect
  W: number
  H: number
  scale: number
  footerTop: number
  hiddenCache: Map<Element, boolean>
}

export type Interval = [number, number]

export interface SlideBox { top: number, bottom: number, left: number, right: number }

export interface WordPart { text: string, block: Element | null }

export interface TextFigures {
  wordParts: WordPart[]
  visibleParts: string[]
  minFont: number
  minFontText: string
}
