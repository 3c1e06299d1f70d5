import type { HandoutInput } from './handout-layout.ts'
import { qrSvg, readerQr } from '../plugins/deck-qr.ts'
import { formatDate } from './pdf-text.ts'

/**
 * The handout's words around the reader view: the cover under the deck's title (what it is, when it was
 * made, the source article, how to cite the deck; with DECK_URL, the reader view's QR code) and the
 * running footer (the deck's title, the page number), as HTML for Chromium to print.
 */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The cover's paragraphs, in order: [class, text]. */
export function coverLines(input: HandoutInput): [string, string][] {
  const s = input.source
  const dated = s.date
    ? `, ${s.date}`
    : ''
  const by = input.author
    ? ` by the ${input.author}`
    : ''
  return [
    ...(input.subtitle
      ? [
          ['handout-subtitle', input.subtitle] as [string, string],
        ]
      : []),
    ['', 'Handout: every slide with its speaker notes'],
    ['', `Made on ${formatDate(input.date)}${by}`],
    ['handout-label', 'Source article'],
    ['', `${s.publisher}, “${s.title}”${dated}. ${s.url}`],
    ['handout-label', 'How to cite this deck'],
    ['', `${input.author ?? 'Authors'}, “${input.title}”, slide deck with speaker notes, ${formatDate(input.date)}. Based on ${s.publisher}, “${s.title}”${dated}.`],
    ['handout-small', 'Every figure, date and quotation is sourced on its slide; the last slide lists all sources with their links.'],
  ]
}

/** With DECK_URL set: the closing slide's QR code to the reader view, and its address in words. */
function coverQr(qr = readerQr()): string {
  return qr
    ? `<figure class="handout-qr">${qrSvg(qr, 108)}<figcaption>Every slide with its notes, online: ${escapeHtml(qr.address)}</figcaption></figure>`
    : ''
}

/** The cover as HTML, to go under the reader view's title. */
export function coverHtml(input: HandoutInput): string {
  const lines = coverLines(input).map(([cls, text]) => `<p${cls
    ? ` class="${cls}"`
    : ''}>${escapeHtml(text)}</p>`)
  return `<div class="handout-cover">${lines.join('')}${coverQr()}</div>`
}

/** Chromium's footer template: the deck's title and "Page n of N", in the margin under the text. */
export function footerHtml(title: string, sideMargin: number): string {
  const style = `font: 8.5px 'Source Sans 3', sans-serif; color: #5f6873; width: 100%; margin: 0 ${sideMargin}pt; `
    + 'padding-top: 4px; border-top: 0.5px solid #c7ccd4; display: flex; justify-content: space-between; gap: 2em'
  return `<div style="${style}"><span>${escapeHtml(title)}</span>`
    + '<span style="white-space: nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
}
