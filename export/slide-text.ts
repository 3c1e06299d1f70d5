import type { Page } from 'playwright-chromium'

/**
 * What a screen reader reads of each slide, for the PowerPoint files' alternative text: read from the drawn
 * print page (every slide at its final click step). A chart (`svg[role=img]`) counts as its title and
 * description; what is hidden from assistive technology (`aria-hidden`) and the charts' visually hidden
 * tables (their numbers are in the description) are left out.
 */

export interface SlideText {
  /** 1-based */
  no: number
  /** The slide's text in reading order, charts as their title and description. */
  text: string
  /** Each chart's title and description, in the order drawn. */
  charts: string[]
}

/** Runs in the page: the text of every `.slidev-page-N` element. */
function readSlides(): SlideText[] {
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim()
  const chart = (svg: Element): string => fold([
    svg.querySelector(':scope > title')?.textContent ?? '',
    svg.querySelector(':scope > desc')?.textContent ?? '',
  ].join(' '))
  const slides: SlideText[] = []
  for (const el of document.querySelectorAll('#app .slidev-page')) {
    const no = Number(/(?:^|\s)slidev-page-(\d+)(?:\s|$)/.exec(el.className)?.[1])
    if (!no || slides.some(s => s.no === no))
      continue
    const parts: string[] = []
    const charts: string[] = []
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '')
        return
      }
      if (!(node instanceof Element) || node.closest('[aria-hidden="true"], .sr-only, style, script'))
        return
      if (node.matches('svg[role="img"]')) {
        charts.push(chart(node))
        parts.push(` ${charts.at(-1)} `)
        return
      }
      const block = getComputedStyle(node).display !== 'inline'
      if (block)
        parts.push(' ')
      node.childNodes.forEach(walk)
      if (block)
        parts.push(' ')
    }
    walk(el)
    slides.push({
      no,
      text: fold(parts.join('')),
      charts,
    })
  }
  return slides.sort((a, b) => a.no - b.no)
}

/** The slide texts' key in a run's session (export/session.ts `once`): read once a run. */
export const slideTextsKey = 'slide texts'

/** Every slide's text (the page shows the print page, drawn). */
export async function slideTexts(page: Page): Promise<SlideText[]> {
  return page.evaluate(readSlides)
}
