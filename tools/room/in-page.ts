import type { Frame, InPageOptions, Interval, SlideBox, TextFigures, WordPart } from './in-page-types.ts'
import type { Graphic, SlideMeasure } from './rules.ts'

/**
 * The measuring that runs inside the page. These functions are not called in Node: tools/room/measure.ts
 * writes the source of every function this module exports into one script that page.evaluate runs, so
 * they may use only the page's globals (document, getComputedStyle…), their arguments and each other,
 * nothing imported (types excepted). `measureInPage` at the end puts the figures together; what
 * counts, and why, is in docs/internals.md.
 */

export function slideFrame(opts: InPageOptions): Frame {
  const canvas = document.querySelector<HTMLElement>('#slide-content')
  if (!canvas)
    throw new Error('No #slide-content in the page: not a Slidev slide view?')
  const pages = [
    ...canvas.querySelectorAll<HTMLElement>('.slidev-page'),
  ]
    .filter(p => getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0)
  if (pages.length !== 1)
    throw new Error(`Expected one visible .slidev-page in #slide-content, found ${pages.length} (is a transition running?)`)
  const box = canvas.getBoundingClientRect()
  const W = canvas.offsetWidth
  const H = canvas.offsetHeight
  return {
    canvas,
    root: pages[0]!,
    box,
    W,
    H,
    scale: box.width / W,
    footerTop: H * (1 - opts.footerZone),
    hiddenCache: new Map(),
  }
}

/** A client rect in slide px, cut to the slide. */
export function toSlide(f: Frame, r: DOMRect): SlideBox {
  return {
    top: Math.max(0, (r.top - f.box.top) / f.scale),
    bottom: Math.min(f.H, (r.bottom - f.box.top) / f.scale),
    left: Math.max(0, (r.left - f.box.left) / f.scale),
    right: Math.min(f.W, (r.right - f.box.left) / f.scale),
  }
}

export function alpha(color: string): number {
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

export function addInterval(intervals: Interval[], top: number, bottom: number): void {
  if (bottom > top)
    intervals.push([top, bottom])
}

/** Visually hidden: the .sr-only pattern (a class, a zero clip, or a box of 1 px or less that clips) up the tree. */
export function visuallyHidden(f: Frame, el: Element): boolean {
  for (let e: Element | null = el; e && e !== f.root; e = e.parentElement) {
    const s = getComputedStyle(e)
    const r = e.getBoundingClientRect()
    const tiny = r.width <= f.scale * 1.01 && r.height <= f.scale * 1.01
    if (e.classList.contains('sr-only') || e.classList.contains('visually-hidden')
      || (/^rect\(0(?:px)?[, ]+0(?:px)?[, ]+0(?:px)?[, ]+0(?:px)?\)$/.test(s.clip))
      || (tiny && s.overflow !== 'visible')) {
      return true
    }
  }
  return false
}

/** Not painted: visibility, opacity (through the tree), the sr-only pattern; aria-hidden is not checked here. */
export function hidden(f: Frame, el: Element): boolean {
  const cached = f.hiddenCache.get(el)
  if (cached !== undefined)
    return cached
  let result = false
  const cs = getComputedStyle(el)
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') {
    result = true
  }
  else {
    let opacity = 1
    for (let e: Element | null = el; e && e !== f.canvas.parentElement; e = e.parentElement)
      opacity *= Number.parseFloat(getComputedStyle(e).opacity)
    result = opacity < 0.05 || visuallyHidden(f, el)
  }
  f.hiddenCache.set(el, result)
  return result
}

export function textNodesOf(root: Element): Text[] {
  const textNodes: Text[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.textContent ?? '').trim())
      textNodes.push(n as Text)
  }
  return textNodes
}

/** The nearest element up the tree that is not inline. */
export function blockOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (getComputedStyle(e).display !== 'inline')
      return e
  }
  return null
}

/** The scale CSS transforms and zoom up to the canvas apply to an element. */
export function transformScale(f: Frame, el: Element): number {
  let s = 1
  for (let e: Element | null = el; e && e !== f.canvas; e = e.parentElement) {
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

/** The rendered font size in canvas px: SVG text through its screen matrix, HTML text through transforms. */
export function fontSizeOf(f: Frame, el: Element, cs: CSSStyleDeclaration, inSvg: boolean): number {
  if (inSvg) {
    const ctm = (el as unknown as SVGGraphicsElement).getScreenCTM?.()
    const k = ctm
      ? Math.hypot(ctm.a, ctm.b) / f.scale
      : 1
    return Number.parseFloat(cs.fontSize) * k
  }
  return Number.parseFloat(cs.fontSize) * transformScale(f, el)
}

/** Text whose colour (or, in SVG, fill and stroke) is transparent. */
export function transparentText(cs: CSSStyleDeclaration, inSvg: boolean): boolean {
  if (!inSvg)
    return alpha(cs.color) === 0 && alpha(cs.getPropertyValue('-webkit-text-fill-color')) === 0
  return (cs.fill === 'none' || alpha(cs.fill) === 0) && (cs.stroke === 'none' || alpha(cs.stroke) === 0)
}

/** `"text" (tag.classes)`: what the smallest type is, for the report. */
export function describeText(el: Element, text: string): string {
  const cls = typeof el.className === 'string' && el.className
    ? `.${el.className.trim().split(/\s+/).join('.')}`
    : ''
  return `"${text.slice(0, 40)}" (${el.tagName.toLowerCase()}${cls})`
}

/** Text: line boxes into `intervals`, the word parts, every visible text, and the smallest type. */
export function measureText(f: Frame, intervals: Interval[]): TextFigures {
  const range = document.createRange()
  const figures: TextFigures = {
    wordParts: [],
    visibleParts: [],
    minFont: Number.POSITIVE_INFINITY,
    minFontText: '',
  }
  for (const node of textNodesOf(f.root)) {
    const el = node.parentElement
    if (!el || el.closest('style, script, template, noscript') || hidden(f, el))
      continue
    const cs = getComputedStyle(el)
    const inSvg = el.closest('svg') !== null
    if (transparentText(cs, inSvg))
      continue
    range.selectNodeContents(node)
    const rects = [
      ...range.getClientRects(),
    ].filter(r => r.width > 0 && r.height > 0)
    if (rects.length === 0)
      continue
    if (!inSvg) {
      for (const r of rects) {
        const s = toSlide(f, r)
        addInterval(intervals, s.top, s.bottom)
      }
    }
    figures.visibleParts.push(node.textContent ?? '')
    const sourceLine = el.closest('.source-line, .chart-source') !== null
    const size = sourceLine
      ? Number.POSITIVE_INFINITY
      : fontSizeOf(f, el, cs, inSvg)
    if (size < figures.minFont) {
      figures.minFont = size
      figures.minFontText = describeText(el, (node.textContent ?? '').replace(/\s+/g, ' ').trim())
    }
    const excluded = inSvg || sourceLine
      || el.closest('h1, h2, h3, nav, [aria-hidden="true"], [data-chart], .slidev-nav, .slidev-page-number') !== null
    // Visible text left out (a glyph disc, a heading) still separates the words on either side of it.
    figures.wordParts.push({
      text: excluded
        ? ' '
        : node.textContent ?? '',
      block: blockOf(el),
    })
  }
  return figures
}

/** Words: text nodes in the same inline run join without a space (so "8" + "1.31" stays one word). */
export function wordsOf(wordParts: WordPart[]): string[] {
  let joined = ''
  for (let i = 0; i < wordParts.length; i++) {
    const part = wordParts[i]!
    if (i > 0 && part.block !== wordParts[i - 1]!.block)
      joined += ' '
    joined += part.text
  }
  return joined.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w))
}

/** The text of the elements with these ids (aria-labelledby, aria-describedby), space-joined. */
export function textOfIds(ids: string | null): string {
  return (ids ?? '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).join(' ')
}

export function ownChildText(el: Element, tag: string): string {
  return [...el.children].find(c => c.tagName.toLowerCase() === tag)?.textContent?.trim() ?? ''
}

/** A graphic's accessible name: aria-label(ledby) or alt for an img; for an svg, only with a graphic role. */
export function accessibleName(el: Element, kind: Graphic['kind']): string {
  if (kind === 'img')
    return el.getAttribute('aria-label') || textOfIds(el.getAttribute('aria-labelledby')) || (el.getAttribute('alt') ?? '').trim()
  if (kind === 'svg') {
    if (['img', 'graphics-document', 'figure'].includes(el.getAttribute('role') ?? ''))
      return textOfIds(el.getAttribute('aria-labelledby')) || el.getAttribute('aria-label')?.trim() || ownChildText(el, 'title')
    return ''
  }
  return textOfIds(el.getAttribute('aria-labelledby')) || el.getAttribute('aria-label')?.trim() || ''
}

/** Its description or text alternative: aria-describedby, <desc>, a table or figcaption in its figure, a canvas's content. */
export function accessibleDescription(el: Element, kind: Graphic['kind']): string {
  const desc = kind === 'svg'
    ? ownChildText(el, 'desc')
    : ''
  const figure = el.closest('figure')
  const table = figure?.querySelector('table')
  const caption = figure?.querySelector('figcaption')?.textContent?.trim()
  return textOfIds(el.getAttribute('aria-describedby')) || desc
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

/** Graphics (outermost svg, img, canvas): their boxes into `intervals`; the large ones, named and described. */
export function measureGraphics(f: Frame, intervals: Interval[], minArea: number): Graphic[] {
  const graphics: Graphic[] = []
  for (const el of f.root.querySelectorAll('svg, img, canvas')) {
    if (el.parentElement?.closest('svg') || hidden(f, el))
      continue
    const r = el.getBoundingClientRect()
    if (r.width <= 0 || r.height <= 0)
      continue
    const s = toSlide(f, r)
    addInterval(intervals, s.top, s.bottom)
    const area = Math.max(0, s.right - s.left) * Math.max(0, s.bottom - s.top) / (f.W * f.H)
    if (area < minArea)
      continue
    const kind = el.tagName.toLowerCase() as Graphic['kind']
    const decorative = el.closest('[aria-hidden="true"]') !== null
      || ['presentation', 'none'].includes(el.getAttribute('role') ?? '')
    const name = decorative
      ? ''
      : accessibleName(el, kind)
    const description = decorative
      ? ''
      : accessibleDescription(el, kind)
    graphics.push({
      kind,
      area,
      name,
      description,
      accessible: name !== '' && description !== '',
    })
  }
  return graphics
}

/** The slide's background colour: the first visible one up the tree from the slide. */
export function slideBackground(root: Element): string {
  for (let e: Element | null = root; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor
    if (alpha(bg) > 0)
      return bg
  }
  return 'rgba(0, 0, 0, 0)'
}

/** The width of a visible border on one side, 0 when there is none. */
export function borderWidth(cs: CSSStyleDeclaration, side: 'left' | 'right' | 'top' | 'bottom'): number {
  const w = Number.parseFloat(cs.getPropertyValue(`border-${side}-width`))
  const style = cs.getPropertyValue(`border-${side}-style`)
  const color = cs.getPropertyValue(`border-${side}-color`)
  return w > 0 && style !== 'none' && style !== 'hidden' && alpha(color) > 0
    ? w
    : 0
}

/** Boxes that are ink: a visible background or left/right border, whole; top/bottom borders as lines. */
export function measureBoxes(f: Frame, intervals: Interval[]): void {
  const slideBg = slideBackground(f.root)
  for (const el of f.root.querySelectorAll('*')) {
    if (el.closest('svg') || hidden(f, el))
      continue
    const cs = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    if (r.width <= 0 || r.height <= 0 || r.width * r.height >= 0.9 * f.box.width * f.box.height)
      continue
    const s = toSlide(f, r)
    const filled = (alpha(cs.backgroundColor) > 0.05 && cs.backgroundColor !== slideBg) || cs.backgroundImage !== 'none'
    if (filled || borderWidth(cs, 'left') || borderWidth(cs, 'right')) {
      addInterval(intervals, s.top, s.bottom)
      continue
    }
    const t = borderWidth(cs, 'top')
    const b = borderWidth(cs, 'bottom')
    if (t)
      addInterval(intervals, s.top, s.top + t)
    if (b)
      addInterval(intervals, s.bottom - b, s.bottom)
  }
}

/** The band: the largest gap between merged intervals from the content's top down to the footer zone. */
export function emptyBand(f: Frame, intervals: Interval[]): Pick<SlideMeasure, 'band' | 'bandAt' | 'contentTop'> {
  const above = intervals.filter(([t]) => t < f.footerTop).map(([t, b]) => [
    t,
    Math.min(b, f.footerTop),
  ] as Interval).sort((a, b) => a[0] - b[0])
  if (above.length === 0) {
    return {
      band: f.footerTop / f.H,
      bandAt: [0, f.footerTop],
      contentTop: undefined,
    }
  }
  let band = 0
  let bandAt: Interval | undefined
  const gap = (from: number, to: number): void => {
    if (to - from > band * f.H) {
      band = (to - from) / f.H
      bandAt = [from, to]
    }
  }
  let reach = above[0]![1]
  for (const [t, b] of above.slice(1)) {
    gap(reach, t)
    reach = Math.max(reach, b)
  }
  gap(reach, f.footerTop)
  return { band, bandAt, contentTop: above[0]![0] }
}

export function measureInPage(opts: InPageOptions): SlideMeasure {
  const f = slideFrame(opts)
  const intervals: Interval[] = []
  const text = measureText(f, intervals)
  const wordList = wordsOf(text.wordParts)
  const graphics = measureGraphics(f, intervals, opts.graphicArea)
  measureBoxes(f, intervals)
  return {
    width: f.W,
    height: f.H,
    ...emptyBand(f, intervals),
    words: wordList.length,
    wordText: wordList.join(' '),
    visibleText: text.visibleParts.join(' ').replace(/\s+/g, ' ').trim(),
    minFont: text.minFont,
    minFontText: text.minFontText,
    graphics,
  }
}
