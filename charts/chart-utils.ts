import type { PowerId } from '../data/powers'
import type { SourceId } from '../data/sources'
import { powerById } from '../data/powers'
import { DataError } from '../data/schema'
import { sourceById } from '../data/sources'

/**
 * Helpers shared by TradeChart, VisitTimeline and RouteMap: sizes, step counting, a text-width
 * estimate (the charts never measure the DOM, so they render the same in happy-dom, the browser and
 * the PDF) and the colour-contrast maths used by the tests.
 */

/** Every chart's viewBox is this wide: about 1:1 with the 868 px content width of a 980 px slide. */
export const CHART_WIDTH = 860
/** Type sizes in viewBox units (≈ px on the slide): labels never go below 15, the source line is 14. */
export const TYPE = {
  title: 22,
  subtitle: 16,
  label: 16,
  small: 15,
  source: 14,
} as const

/**
 * How many of `total` steps are shown for a presenter step. `undefined` (no clicks: the PDF, the
 * overview) shows everything; otherwise the step is clamped to 0…total.
 */
export function revealCount(step: number | undefined, total: number): number {
  if (step === undefined || Number.isNaN(step))
    return total
  return Math.max(0, Math.min(total, Math.floor(step)))
}

/** Average advance widths of Source Sans 3 in em, by kind of character (measured once, rounded up). */
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

/** The publishers of some sources, once each, in the order given ("The Diplomat", "Astana Times"…). */
export function publishers(ids: readonly SourceId[]): string[] {
  return [
    ...new Set(ids.map(id => sourceById(id).publisher)),
  ]
}

/** "the European Union", "China": for headlines built from data. */
export function powerNameInSentence(id: PowerId): string {
  const name = powerById[id].name
  return id === 'eu' || id === 'us'
    ? `the ${name}`
    : name
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1)
    return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** The CSS colour of a power: a custom property set from data/powers.ts (light and dark). */
export function powerColour(id: PowerId): string {
  return `var(--power-${id})`
}

/* Contrast (WCAG 2.x): text needs 4.5:1 against its background, marks 3:1. */

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928
    ? c / 12.92
    : ((c + 0.055) / 1.055) ** 2.4
}

/** Relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m)
    throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map(h => channel(Number.parseInt(h, 16)))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** Contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [
    relativeLuminance(a),
    relativeLuminance(b),
  ].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** The slide backgrounds of Slidev's default theme. */
export const slideBackground = { light: '#ffffff', dark: '#121212' } as const

/** The parts of a chart's layout that ChartFrame draws. */
export interface ChartFrameLayout {
  width: number
  height: number
  title: string
  subtitle: string
  titleY: number
  subtitleY: number
  description: string
  source: { lines: string[], y: number, lineHeight: number }
}

/** The source line under a chart: its text wrapped to the chart's width, first baseline at `y`. */
export function sourceBlock(text: string, y: number, lineHeight = 18): ChartFrameLayout['source'] {
  return {
    lines: wrapText(text, CHART_WIDTH, TYPE.source),
    y,
    lineHeight,
  }
}

/** A chart's height: down to its last source line, plus room for the descenders. */
export function frameHeight(source: ChartFrameLayout['source']): number {
  return Math.ceil(source.y + (source.lines.length - 1) * source.lineHeight + 8)
}

/**
 * Runs one of data/'s validating parsers on a chart's props. A bad record becomes the chart's visible
 * message, e.g. `Row 3: field "value": a trade value cannot be negative`; other errors are bugs and throw.
 */
export function explainBadData<T>(noun: string, parse: (file: string) => T): { ok: true, value: T } | { ok: false, error: string } {
  try {
    return {
      ok: true,
      value: parse('props'),
    }
  }
  catch (error) {
    if (error instanceof DataError)
      return { ok: false, error: `${noun} ${error.record.replace(/^#/, '')}: field "${error.field}": ${error.detail}.` }
    throw error
  }
}

/** What a layout function returns: the layout, or the message a chart shows instead of bad data. */
export type LayoutResult<L> = { ok: true, layout: L } | { ok: false, error: string }
