/**
 * Slidev's editable export cuts a list entry that wraps (the sources slide: its id, its citation and a
 * link that runs on to the next line) into text boxes that start on the same line and overlap across:
 * the link's box spans both lines, its text centred. A browser set them as one flow; an office suite,
 * with another font, wraps each box on its own and the link runs into the citation and the next entry.
 * Here such boxes become one box holding one paragraph, in the page's order, set as the first box sets
 * its text, so the office suite wraps the entry as a whole; and a column of such entries becomes one
 * list box, its type set small enough for a wide fallback font.
 */

interface Frame {
  x0: number
  y0: number
  x1: number
  y1: number
}

interface TextShape extends Frame {
  xml: string
}

/** EMU: a box that starts within 1 pt of another starts on the same line; 2 pt across is an overlap. */
const sameLine = 12_700
const across = 25_400

const frameRe = /<a:off x="-?\d+" y="-?\d+"\/><a:ext cx="\d+" cy="\d+"\/>/
const pPrRe = /<a:pPr[^>]*\/>|<a:pPr[^>]*>[\s\S]*?<\/a:pPr>/
const endRe = /<a:endParaRPr[^>]*\/>|<a:endParaRPr[^>]*>[\s\S]*?<\/a:endParaRPr>/

/** The text of the runs in `xml`. */
function textOf(xml: string): string {
  return [
    ...xml.matchAll(/<a:t[^>]*>([^<]*)<\/a:t>/g),
  ].map(m => m[1]).join('')
}

/** The frame holding every one of `shapes`. */
function union(shapes: Frame[]): Frame {
  return {
    x0: Math.min(...shapes.map(s => s.x0)),
    y0: Math.min(...shapes.map(s => s.y0)),
    x1: Math.max(...shapes.map(s => s.x1)),
    y1: Math.max(...shapes.map(s => s.y1)),
  }
}

/** `shapeXml` moved to `frame`, holding `paragraphsXml` instead of its own paragraphs. */
function reshaped(shapeXml: string, { x0, y0, x1, y1 }: Frame, paragraphsXml: string): string {
  return shapeXml
    .replace(frameRe, () => `<a:off x="${x0}" y="${y0}"/><a:ext cx="${x1 - x0}" cy="${y1 - y0}"/>`)
    .replace(/(<p:txBody>[\s\S]*?)<a:p>[\s\S]*<\/a:p>(<\/p:txBody>)/, (_m, head: string, tail: string) => `${head}${paragraphsXml}${tail}`)
}

/** `slideXml` with the first of `group` replaced by `shapeXml` and the others removed. */
function replaceGroup(slideXml: string, group: TextShape[], shapeXml: string): string {
  let xml = slideXml.replace(group[0]!.xml, () => shapeXml)
  for (const s of group.slice(1))
    xml = xml.replace(s.xml, '')
  return xml
}

function textShapes(slideXml: string): TextShape[] {
  return [
    ...slideXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g),
  ].flatMap(([xml]) => {
    const box = /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml)
    if (!box || !/<p:txBody>/.test(xml) || !/<a:t>[^<]*\S/.test(xml))
      return []
    const [x, y, w, h] = box.slice(1).map(Number) as [number, number, number, number]
    return [
      {
        xml,
        x0: x,
        y0: y,
        x1: x + w,
        y1: y + h,
      },
    ]
  })
}

/** Groups of two or more boxes that start on the same line and overlap across, each in the page's order. */
function fragmentGroups(shapes: TextShape[]): TextShape[][] {
  const group = shapes.map((_, i) => i)
  const root = (i: number): number => group[i] === i
    ? i
    : (group[i] = root(group[i]!))
  shapes.forEach((a, i) => shapes.forEach((b, j) => {
    if (j > i && Math.abs(a.y0 - b.y0) <= sameLine && Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > across)
      group[root(j)] = root(i)
  }))
  const groups = new Map<number, TextShape[]>()
  shapes.forEach((s, i) => groups.set(root(i), [
    ...(groups.get(root(i)) ?? []),
    s,
  ]))
  return [
    ...groups.values(),
  ].filter(g => g.length > 1)
}

/** The runs of every paragraph of a shape, without paragraph properties or end marks. */
function runs(shapeXml: string): string {
  return [
    ...shapeXml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
  ]
    .map(([, p]) => p!.replace(pPrRe, '').replace(endRe, ''))
    .join('')
}

/** A run holding one space, in the size of the run before it. */
function space(before: string): string {
  const size = [
    ...before.matchAll(/<a:rPr [^>]*?sz="(\d+)"/g),
  ].at(-1)?.[1]
  return `<a:r><a:rPr lang="en-US"${size
    ? ` sz="${size}"`
    : ''} dirty="0"/><a:t xml:space="preserve"> </a:t></a:r>`
}

/** The group as one shape: the first shape's frame grown to hold them all, its paragraph holding every run. */
function merged(group: TextShape[]): string {
  const first = group[0]!
  let body = ''
  for (const s of group) {
    const next = runs(s.xml)
    body += body && !/\s$/.test(textOf(body)) && !/^\s/.test(textOf(next))
      ? space(body) + next
      : next
  }
  const paragraph = /<a:p>([\s\S]*?)<\/a:p>/.exec(first.xml)![1]!
  const pPr = pPrRe.exec(paragraph)?.[0] ?? ''
  const end = endRe.exec(paragraph)?.[0] ?? ''
  return reshaped(first.xml, union(group), `<a:p>${pPr}${body}${end}</a:p>`)
}

/** The slide with each group of a wrapped entry's fragments merged into one text box. */
function mergeFragments(slideXml: string): string {
  let xml = slideXml
  for (const group of fragmentGroups(textShapes(slideXml)))
    xml = replaceGroup(xml, group, merged(group).replace(/<p:cNvPr id="(\d+)" name="[^"]*"/, '<p:cNvPr id="$1" name="Entry $1"'))
  return xml
}

/**
 * Entries stacked in a column, at least one of them merged above (a list whose entries wrap): one box,
 * an entry a paragraph, reaching down to the next box below, so the office suite flows the entries in
 * it and shrinks them all alike if they need more room, instead of letting one run into the next.
 */
function listColumns(shapes: TextShape[]): TextShape[][] {
  const sorted = [...shapes].sort((a, b) => a.y0 - b.y0)
  const columns: TextShape[][] = []
  for (const s of sorted) {
    const column = columns.find(c => Math.abs(c[0]!.x0 - s.x0) <= across && s.y0 - c.at(-1)!.y1 < 6 * sameLine && s.y0 >= c.at(-1)!.y0)
    if (column)
      column.push(s)
    else
      columns.push([s])
  }
  return columns.filter(c => c.length >= 3 && c.some(s => /name="Entry \d+"/.test(s.xml)))
}

function paragraphs(shapeXml: string, first: boolean): string {
  return [
    ...shapeXml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
  ].map(([, p]) => {
    const room = first ? '' : '<a:spcBef><a:spcPts val="300"/></a:spcBef>'
    const pPr = /<a:pPr([^>]*?)(?:\/>|>([\s\S]*?)<\/a:pPr>)/.exec(p!)
    const inner = (pPr?.[2] ?? '').replace(/<a:lnSpc>[\s\S]*?<\/a:lnSpc>|<a:spcBef>[\s\S]*?<\/a:spcBef>/g, '')
    const props = `<a:pPr${pPr?.[1] ?? ''}>${room}${inner}</a:pPr>`
    return `<a:p>${props}${p!.replace(pPrRe, '')}</a:p>`
  }).join('')
}

/** Every other text box whose corner lies in the column's span: the fragments of an entry that did not overlap. */
function withStrays(column: TextShape[], shapes: TextShape[]): TextShape[] {
  const x0 = Math.min(...column.map(s => s.x0)) - across
  const x1 = Math.max(...column.map(s => s.x1))
  const strays = shapes.filter(s => !column.includes(s) && s.x0 >= x0 && s.x0 < x1 && s.y0 >= column[0]!.y0 && s.y0 <= column.at(-1)!.y0)
  return [
    ...column,
    ...strays,
  ].sort((a, b) => Math.abs(a.y0 - b.y0) <= sameLine
    ? a.x0 - b.x0
    : a.y0 - b.y0)
}

/** Boxes that start on the same line, as one paragraph each. */
function byLine(column: TextShape[]): TextShape[][] {
  const lines: TextShape[][] = []
  for (const s of column) {
    const line = lines.at(-1)
    if (line && Math.abs(line[0]!.y0 - s.y0) <= sameLine)
      line.push(s)
    else
      lines.push([s])
  }
  return lines
}

/** Average advance of a character in a wide fallback font (DejaVu Sans, LibreOffice's), in em. */
const fallbackAdvance = 0.58

/**
 * Lines a paragraph takes when `capacity` characters fit a line, filled word by word as an office suite
 * does: a word that does not fit starts a new line, and one longer than a line (a link) is cut.
 */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used + (used ? 1 : 0) + word.length <= capacity) {
      used += (used ? 1 : 0) + word.length
      continue
    }
    if (used)
      lines++
    let rest = word.length
    for (; rest > capacity; rest -= capacity)
      lines++
    used = rest
  }
  return lines
}

/**
 * The font scale at which the list's paragraphs fit its box if set in a wide fallback font, in steps
 * of 5 %.
 */
export function fallbackScale(body: string, width: number, height: number): number {
  const paras = [
    ...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
  ].map(([, p]) => ({
    text: textOf(p!),
    size: Number(/ sz="(\d+)"/.exec(p!)?.[1] ?? '1800') * 127,
    before: Number(/<a:spcPts val="(\d+)"/.exec(p!)?.[1] ?? '0') * 127,
  }))
  for (let scale = 1; scale > 0.5; scale -= 0.05) {
    const needed = paras.reduce((sum, p) => {
      const lines = wrappedLines(p.text, Math.floor(width / (fallbackAdvance * p.size * scale)))
      return sum + p.before + lines * p.size * 1.2 * scale
    }, 0)
    if (needed <= height)
      return Math.round(scale * 100) / 100
  }
  return 0.5
}

function mergeColumns(slideXml: string): string {
  const shapes = textShapes(slideXml)
  let xml = slideXml
  for (const found of listColumns(shapes)) {
    const column = withStrays(found, shapes)
    const { x0, y0, x1, y1: last } = union(column)
    // The list reaches down to the next box below it (a line's height above it), or 40 pt at most.
    const below = shapes.filter(s => !column.includes(s) && s.y0 >= last && Math.min(s.x1, x1) - Math.max(s.x0, x0) > 0)
    const y1 = Math.max(last, Math.min(...below.map(s => s.y0 - sameLine * 4), last + 40 * sameLine))
    const laid = byLine(column).map((line, i) => paragraphs(line.length > 1
      ? merged(line)
      : line[0]!.xml, i === 0)).join('')
    // Set smaller in the file itself: LibreOffice Impress ignores a stored autofit scale.
    const scale = fallbackScale(laid, x1 - x0, y1 - y0)
    const body = laid.replace(/ sz="(\d+)"/g, (_m, sz: string) => ` sz="${Math.floor(Number(sz) * scale)}"`)
    xml = replaceGroup(xml, column, reshaped(column[0]!.xml, { x0, y0, x1, y1 }, body).replace(/name="Entry (\d+)"/, 'name="List $1"'))
  }
  return xml
}

/** The slide with a wrapped entry's fragments one box, and a column of such entries one list box. */
export function mergeLineFragments(slideXml: string): string {
  return mergeColumns(mergeFragments(slideXml))
}
