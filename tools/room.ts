import type { Page } from 'playwright-core'
import type { DeckSlide } from '../export/deck.ts'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, requireBrowser } from '../export/browser.ts'
import { loadDeck, projectRoot } from '../export/deck.ts'
import { buildIntoTemp } from './build.ts'
import { serveStatic } from './serve.ts'

/**
 * Measures what the room sees on each slide of the built deck, in Chromium, in slide coordinates
 * (the 980 px wide canvas, whatever the window's size): the largest empty horizontal band, the words of
 * body text, the smallest type and the graphics. `roomFailures` turns the figures into the rules of the
 * "design for the room" issue; tests/browser/room.test.ts asserts them, and
 * `npm run room [-- --dir built-dist]` prints them as a table.
 *
 * What counts, and why:
 * - Band: the occupied vertical intervals are the line boxes of visible text (one rect per line, from
 *   Range.getClientRects), the boxes of visible graphics (an outermost <svg>, an <img>, a <canvas>) and
 *   the ink of boxes: an element with a visible background (colour different from the slide's, or a
 *   background image) counts with its whole height, and so does one with a visible left or right border
 *   (a card or a rule down the side is ink from its top to its bottom); a top or bottom border alone
 *   counts only as the line it draws. A card is seen as filled space, an empty box with one rule is not.
 *   The band is measured between the top of the first content and the footer zone (the bottom 12 %,
 *   where the source line sits); the gap between the last content and the footer zone is a band too.
 * - Visible: rendered (has client rects), not visibility:hidden, effective opacity (the product up the
 *   tree) above 5 %, text colour not transparent, not visually hidden (the .sr-only pattern: clipped, or
 *   a box of 1 px or less with overflow hidden). Text marked aria-hidden that is painted (the letters
 *   in the powers' glyph discs) is visible: it fills the frame and must be legible, so it counts for
 *   the band and the type size, but it is decoration, so it is not a word.
 * - Words: tokens with a letter or a digit in visible text, except headings (h1–h3), chart text (inside
 *   an SVG, or inside an HTML chart marked `data-chart`, such as the relations matrix, a table of short
 *   cells), the source line (.source-line), navigation chrome and aria-hidden text.
 * - Type size: every visible text counts, chart text inside SVG too (its font size in user units times
 *   the SVG's scale from getScreenCTM, over the canvas's scale), except source lines (.source-line in
 *   HTML, .chart-source in the charts).
 * - Graphics: an outermost <svg>, <img> or <canvas> whose visible box covers at least 4 % of the frame.
 *   Accessible: a name (an svg with role="img" and aria-labelledby, aria-label or a <title>; an img's
 *   alt) and a description or text alternative (<desc>, aria-describedby, or a table or figcaption in the
 *   same <figure>). Marked aria-hidden, it has no name.
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

interface InPageOptions {
  footerZone: number
  graphicArea: number
}

/**
 * Runs in the page (serialised by page.evaluate): it must not use anything from this module's scope.
 */
function measureInPage(opts: InPageOptions): SlideMeasure {
  const canvas = document.querySelector<HTMLElement>('#slide-content')
  if (!canvas)
    throw new Error('No #slide-content in the page: not a Slidev slide view?')
  const pages = [
    ...canvas.querySelectorAll<HTMLElement>('.slidev-page'),
  ]
    .filter(p => getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0)
  if (pages.length !== 1)
    throw new Error(`Expected one visible .slidev-page in #slide-content, found ${pages.length} (is a transition running?)`)
  const root = pages[0]!
  const box = canvas.getBoundingClientRect()
  const W = canvas.offsetWidth
  const H = canvas.offsetHeight
  const scale = box.width / W
  const footerTop = H * (1 - opts.footerZone)
  const toSlide = (r: DOMRect): { top: number, bottom: number, left: number, right: number } => ({
    top: Math.max(0, (r.top - box.top) / scale),
    bottom: Math.min(H, (r.bottom - box.top) / scale),
    left: Math.max(0, (r.left - box.left) / scale),
    right: Math.min(W, (r.right - box.left) / scale),
  })

  const alpha = (color: string): number => {
    if (color === 'transparent')
      return 0
    const m = /rgba?\(([^)]+)\)/.exec(color)
    if (!m)
      return 1
    const parts = m[1]!.split(/[\s,/]+/).filter(Boolean)
    return parts.length >= 4
      ? Number.parseFloat(parts[3]!)
      : 1
  }

  const hiddenCache = new Map<Element, boolean>()
  /** Not painted: visibility, opacity (through the tree), the sr-only pattern, aria-hidden is not checked here. */
  const hidden = (el: Element): boolean => {
    const cached = hiddenCache.get(el)
    if (cached !== undefined)
      return cached
    let result = false
    const cs = getComputedStyle(el)
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') {
      result = true
    }
    else {
      let opacity = 1
      for (let e: Element | null = el; e && e !== canvas.parentElement; e = e.parentElement)
        opacity *= Number.parseFloat(getComputedStyle(e).opacity)
      if (opacity < 0.05)
        result = true
      for (let e: Element | null = el; !result && e && e !== root; e = e.parentElement) {
        const s = getComputedStyle(e)
        const r = e.getBoundingClientRect()
        const tiny = r.width <= scale * 1.01 && r.height <= scale * 1.01
        if (e.classList.contains('sr-only') || e.classList.contains('visually-hidden')
          || (/^rect\(0(?:px)?[, ]+0(?:px)?[, ]+0(?:px)?[, ]+0(?:px)?\)$/.test(s.clip))
          || (tiny && s.overflow !== 'visible')) {
          result = true
        }
      }
    }
    hiddenCache.set(el, result)
    return result
  }

  const intervals: [number, number][] = []
  const addInterval = (top: number, bottom: number): void => {
    if (bottom > top)
      intervals.push([top, bottom])
  }

  // Text: line boxes, words, sizes.
  const textNodes: Text[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.textContent ?? '').trim())
      textNodes.push(n as Text)
  }
  const range = document.createRange()
  const wordParts: { text: string, block: Element | null }[] = []
  const visibleParts: string[] = []
  let minFont = Number.POSITIVE_INFINITY
  let minFontText = ''
  const blockOf = (el: Element): Element | null => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (getComputedStyle(e).display !== 'inline')
        return e
    }
    return null
  }
  const transformScale = (el: Element): number => {
    let s = 1
    for (let e: Element | null = el; e && e !== canvas; e = e.parentElement) {
      const cs = getComputedStyle(e)
      if (cs.transform && cs.transform !== 'none') {
        const m = new DOMMatrix(cs.transform)
        s *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c))
      }
      const zoom = Number.parseFloat(cs.zoom || '1')
      if (zoom && zoom !== 1)
        s *= zoom
    }
    return s
  }
  for (const node of textNodes) {
    const el = node.parentElement
    if (!el || el.closest('style, script, template, noscript') || hidden(el))
      continue
    const cs = getComputedStyle(el)
    const inSvg = el.closest('svg') !== null
    if (!inSvg && alpha(cs.color) === 0 && alpha(cs.getPropertyValue('-webkit-text-fill-color')) === 0)
      continue
    if (inSvg && (cs.fill === 'none' || alpha(cs.fill) === 0) && (cs.stroke === 'none' || alpha(cs.stroke) === 0))
      continue
    range.selectNodeContents(node)
    const rects = [
      ...range.getClientRects(),
    ].filter(r => r.width > 0 && r.height > 0)
    if (rects.length === 0)
      continue
    if (!inSvg) {
      for (const r of rects) {
        const s = toSlide(r)
        addInterval(s.top, s.bottom)
      }
    }
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    visibleParts.push(node.textContent ?? '')
    const sourceLine = el.closest('.source-line, .chart-source') !== null
    if (!sourceLine) {
      let size: number
      if (inSvg) {
        const ctm = (el as unknown as SVGGraphicsElement).getScreenCTM?.()
        const k = ctm
          ? Math.hypot(ctm.a, ctm.b) / scale
          : 1
        size = Number.parseFloat(cs.fontSize) * k
      }
      else {
        size = Number.parseFloat(cs.fontSize) * transformScale(el)
      }
      if (size < minFont) {
        minFont = size
        const cls = typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : ''
        minFontText = `"${text.slice(0, 40)}" (${el.tagName.toLowerCase()}${cls})`
      }
    }
    const excluded = inSvg || sourceLine
      || el.closest('h1, h2, h3, nav, [aria-hidden="true"], [data-chart], .slidev-nav, .slidev-page-number') !== null
    // Visible text left out (a glyph disc, a heading) still separates the words on either side of it.
    wordParts.push({
      text: excluded
        ? ' '
        : node.textContent ?? '',
      block: blockOf(el),
    })
  }

  // Words: text nodes in the same inline run join without a space (so "8" + "1.31" stays one word).
  let joined = ''
  for (let i = 0; i < wordParts.length; i++) {
    const part = wordParts[i]!
    if (i > 0 && part.block !== wordParts[i - 1]!.block)
      joined += ' '
    joined += part.text
  }
  const wordList = joined.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w))

  // Graphics: outermost svg, img, canvas.
  const graphics: SlideMeasure['graphics'] = []
  const textOf = (ids: string | null): string => (ids ?? '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).join(' ')
  for (const el of root.querySelectorAll('svg, img, canvas')) {
    if (el.parentElement?.closest('svg') || hidden(el))
      continue
    const r = el.getBoundingClientRect()
    if (r.width <= 0 || r.height <= 0)
      continue
    const s = toSlide(r)
    addInterval(s.top, s.bottom)
    const area = Math.max(0, s.right - s.left) * Math.max(0, s.bottom - s.top) / (W * H)
    if (area < opts.graphicArea)
      continue
    const kind = el.tagName.toLowerCase() as Graphic['kind']
    const decorative = el.closest('[aria-hidden="true"]') !== null
      || ['presentation', 'none'].includes(el.getAttribute('role') ?? '')
    let name = ''
    let description = ''
    if (!decorative) {
      if (kind === 'img') {
        name = el.getAttribute('aria-label') || textOf(el.getAttribute('aria-labelledby')) || (el.getAttribute('alt') ?? '').trim()
      }
      else if (kind === 'svg') {
        const ownTitle = [...el.children].find(c => c.tagName.toLowerCase() === 'title')?.textContent?.trim() ?? ''
        if (['img', 'graphics-document', 'figure'].includes(el.getAttribute('role') ?? ''))
          name = textOf(el.getAttribute('aria-labelledby')) || el.getAttribute('aria-label')?.trim() || ownTitle
      }
      else {
        name = textOf(el.getAttribute('aria-labelledby')) || el.getAttribute('aria-label')?.trim() || ''
      }
      const desc = kind === 'svg'
        ? [...el.children].find(c => c.tagName.toLowerCase() === 'desc')?.textContent?.trim() ?? ''
        : ''
      const figure = el.closest('figure')
      const table = figure?.querySelector('table')
      const caption = figure?.querySelector('figcaption')?.textContent?.trim()
      description = textOf(el.getAttribute('aria-describedby')) || desc
        || (table?.textContent?.trim()
          ? 'a table in the figure'
          : '')
        || (caption
          ? `figcaption: ${caption}`
          : '')
        || (kind === 'canvas'
          ? el.textContent?.trim() ?? ''
          : '')
    }
    graphics.push({
      kind,
      area,
      name,
      description,
      accessible: name !== '' && description !== '',
    })
  }

  // Boxes that are ink: a visible background, a visible left or right border; top/bottom borders as lines.
  let slideBg = 'rgba(0, 0, 0, 0)'
  for (let e: Element | null = root; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor
    if (alpha(bg) > 0) {
      slideBg = bg
      break
    }
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg') || hidden(el))
      continue
    const cs = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    if (r.width <= 0 || r.height <= 0 || r.width * r.height >= 0.9 * box.width * box.height)
      continue
    const s = toSlide(r)
    const border = (side: 'Left' | 'Right' | 'Top' | 'Bottom'): number => {
      const w = Number.parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`))
      const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`)
      const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`)
      return w > 0 && style !== 'none' && style !== 'hidden' && alpha(color) > 0
        ? w
        : 0
    }
    const filled = (alpha(cs.backgroundColor) > 0.05 && cs.backgroundColor !== slideBg) || cs.backgroundImage !== 'none'
    if (filled || border('Left') || border('Right')) {
      addInterval(s.top, s.bottom)
    }
    else {
      const t = border('Top')
      const b = border('Bottom')
      if (t)
        addInterval(s.top, s.top + t)
      if (b)
        addInterval(s.bottom - b, s.bottom)
    }
  }

  // The band: gaps between merged intervals from the content's top down to the footer zone.
  const above = intervals.filter(([t]) => t < footerTop).map(([t, b]) => [
    t,
    Math.min(b, footerTop),
  ] as [number, number]).sort((a, b) => a[0] - b[0])
  let band = 0
  let bandAt: [number, number] | undefined
  let contentTop: number | undefined
  if (above.length === 0) {
    band = footerTop / H
    bandAt = [0, footerTop]
  }
  else {
    contentTop = above[0]![0]
    let reach = above[0]![1]
    const gap = (from: number, to: number): void => {
      if (to - from > band * H) {
        band = (to - from) / H
        bandAt = [from, to]
      }
    }
    for (const [t, b] of above.slice(1)) {
      gap(reach, t)
      reach = Math.max(reach, b)
    }
    gap(reach, footerTop)
  }

  return {
    width: W,
    height: H,
    band,
    bandAt,
    contentTop,
    words: wordList.length,
    wordText: wordList.join(' '),
    visibleText: visibleParts.join(' ').replace(/\s+/g, ' ').trim(),
    minFont,
    minFontText,
    graphics,
  }
}

/** A page whose script is stuck never answers page.evaluate: give up with a clear message instead. */
async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} did not finish within ${ms / 1000} s: is the page's script stuck?`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  }
  finally {
    clearTimeout(timer)
  }
}

/**
 * Waits until the slide shown is still: its page rendered, fonts loaded, images decoded, every
 * transition and animation (the slide change, the click steps) ended.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const visible = [
      ...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page'),
    ]
      .filter(p => getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0)
    return visible.length === 1 && visible[0]!.querySelector('.slidev-layout') !== null
  }, undefined, { timeout: 15_000 }).catch((e: Error) => {
    throw new Error(`${page.url()} showed no single rendered slide within 15 s (${e.message.split('\n')[0]}): is the page's script stuck?`)
  })
  await within(page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map(img => img.decode().catch(() => undefined)))
    const frame = (): Promise<void> => new Promise(done => requestAnimationFrame(() => done()))
    await frame()
    await frame()
    const deadline = performance.now() + 5000
    while (performance.now() < deadline) {
      const running = document.getAnimations()
        .filter(a => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
      if (running.length === 0)
        break
      await Promise.race([
        Promise.all(running.map(a => a.finished.catch(() => undefined))),
        new Promise(done => setTimeout(done, deadline - performance.now())),
      ])
      await frame()
    }
    await frame()
  }), 20_000, `Waiting for ${page.url()} to settle`)
}

/** Measures the slide the page shows now (call `settle` first). */
export async function measureSlide(page: Page): Promise<SlideMeasure> {
  return within(page.evaluate(measureInPage, { footerZone: rules.footerZone, graphicArea: rules.graphicArea }), 20_000, `Measuring ${page.url()}`)
}

export interface SlideRow extends SlideMeasure {
  no: number
  title: string
}

/** Opens `/N?clicks=999` (every click step shown) for each slide and measures it. */
export async function measureDeck(page: Page, baseUrl: string, deck: DeckSlide[]): Promise<SlideRow[]> {
  const rows: SlideRow[] = []
  for (const slide of deck) {
    await page.goto(`${baseUrl}${slide.no}?clicks=999`)
    await settle(page)
    const shown = await page.evaluate(() => [
      ...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page'),
    ]
      .find(p => getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0)
      ?.dataset
      .slidevNo)
    if (Number(shown) !== slide.no)
      throw new Error(`${baseUrl}${slide.no} shows slide ${shown}: the built deck does not have the slides of slides.md (built from another version?)`)
    rows.push({
      no: slide.no,
      title: slide.title,
      ...await measureSlide(page),
    })
  }
  return rows
}

/** The sources slide, exempt from the text and band rules: the last slide, when its title says so. */
export function sourcesSlide(deck: { no: number, title: string }[]): number | undefined {
  const last = deck.at(-1)
  return last && /sources/i.test(last.title)
    ? last.no
    : undefined
}

export function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b)
  if (v.length === 0)
    return 0
  const mid = Math.floor(v.length / 2)
  return v.length % 2
    ? v[mid]!
    : (v[mid - 1]! + v[mid]!) / 2
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`
function px(x: number): string {
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

/** The figures as a Markdown table, then the totals the rules ask for. */
export function roomTable(rows: SlideRow[], exempt = sourcesSlide(rows)): string {
  const mark = (bad: boolean): string => bad ? ' ✗' : ''
  const lines = [
    '| slide | title | band | words | min font | graphics (accessible) |',
    '|---:|---|---:|---:|---:|---:|',
  ]
  for (const r of rows) {
    const judged = r.no !== exempt
    lines.push(`| ${r.no} | ${r.title.replace(/\|/g, '\\|')}${judged ? '' : ' (exempt)'} | ${pct(r.band)}${mark(judged && r.band > rules.maxBand)} | ${r.words}${mark(judged && r.words > rules.maxWords)} | ${px(r.minFont)}${mark(judged && r.minFont < rules.minFont - 0.05)} | ${r.graphics.length} (${accessibleGraphics(r).length}) |`)
  }
  const judged = rows.filter(r => r.no !== exempt)
  const over = (f: (r: SlideRow) => boolean): number => judged.filter(f).length
  const bands = judged.filter(r => r.band > rules.maxBand).map(r => r.band)
  const wordy = judged.filter(r => r.words > rules.maxWords).map(r => r.words)
  lines.push(
    '',
    `- slides judged: ${judged.length} of ${rows.length}${exempt
      ? ` (slide ${exempt}, the sources slide, is exempt)`
      : ''}`,
    `- empty band over ${pct(rules.maxBand)}: ${bands.length} slides${bands.length
      ? ` (${pct(Math.min(...bands))}–${pct(Math.max(...bands))})`
      : ''}`,
    `- over ${rules.maxWords} words: ${wordy.length} slides${wordy.length
      ? ` (${Math.min(...wordy)}–${Math.max(...wordy)} words)`
      : ''}; median words ${median(judged.map(r => r.words))} (at most ${rules.maxMedianWords})`,
    `- text under ${rules.minFont} px: ${over(r => r.minFont < rules.minFont - 0.05)} slides (smallest ${px(Math.min(...judged.map(r => r.minFont)))})`,
    `- slides with an accessible graphic of at least ${pct(rules.graphicArea)} of the frame: ${rows.filter(r => accessibleGraphics(r).length > 0).length} of ${rows.length} (at least ${rules.minGraphicSlides})`,
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      root: { type: 'string', default: projectRoot },
      entry: { type: 'string', default: 'slides.md' },
      details: { type: 'boolean', default: false },
    },
  })
  const root = resolve(values.root)
  const deck = await loadDeck(root, values.entry)
  let dir = values.dir
  let temp: string | undefined
  if (!dir) {
    temp = buildIntoTemp('room-dist-', d => console.error(`building the deck into ${d} …`), values.entry, root)
    dir = temp
  }
  const server = await serveStatic(dir)
  const browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
    })
    page.on('pageerror', e => console.error(`page error: ${e.message}`))
    const rows = await measureDeck(page, server.url, deck)
    console.log(roomTable(rows))
    if (values.details) {
      for (const r of rows)
        console.log(`\n${r.no}: band at ${r.bandAt?.map(v => v.toFixed(0)).join('–') ?? '-'} px; smallest ${r.minFontText}; graphics ${JSON.stringify(r.graphics.map(g => ({ ...g, area: +g.area.toFixed(3) })))}\n  words: ${r.wordText}`)
    }
    const failures = roomFailures(rows)
    console.log(failures.length
      ? `\n${failures.length} rule(s) broken:\n${failures.map(f => `- ${f.message}`).join('\n')}`
      : '\nEvery rule holds.')
  }
  finally {
    await browser.close()
    await server.close()
    if (temp)
      rmSync(temp, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main().catch((e: Error) => {
    console.error(e.message)
    process.exitCode = 1
  })
}
