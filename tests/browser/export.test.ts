import type { DeckSlide } from '../../export/deck'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quoteById } from '../../data/quotes'
import { figure, formatBillions } from '../../data/trade'
import { defaultOutput } from '../../export/cli'
import { loadDeck, projectRoot } from '../../export/deck'
import { handoutSlideBox } from '../../export/handout-layout'
import { plainNoteParagraphs } from '../../export/notes-text'
import { pdfDocumentInfo, pdfTags } from '../../export/pdf-tags'
import { splitTitle } from '../../layouts/title'
import { edgeMismatch, renderPdfPages } from './edges'
import { runExport } from './helpers'

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>

let deck: DeckSlide[]
let out: string
let pdfPath: string
let pdf: PdfDocument
let pages: string[]
let tmpLeft: string[]
let darkDir: string
let darkResult: { status: number | null, output: string }
let handoutDir: string
let handoutResult: { status: number | null, output: string }

/** The PDF's text, page by page, with whitespace folded. */
async function pageTexts(doc: PdfDocument): Promise<string[]> {
  const texts: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    texts.push(content.items.map(item => ('str' in item
      ? item.str
      : '')).join(' ').replace(/\s+/g, ' '))
  }
  return texts
}

beforeAll(async () => {
  deck = await loadDeck()
  out = mkdtempSync(join(tmpdir(), 'deck-export-'))
  pdfPath = join(out, 'deck.pdf')
  // A private temporary folder, empty before: whatever is left in it afterwards, the export left behind.
  const privateTmp = join(out, 'tmp')
  mkdirSync(privateTmp)
  const result = runExport([
    '--output',
    pdfPath,
  ], projectRoot, { TMPDIR: privateTmp })
  expect(result.status, result.output).toBe(0)
  // The warm-up (plugins/export-warmup.ts) found Slidev's slide modules and had nothing to complain of.
  expect(result.output).not.toContain('[deck:export-warmup]')
  // Nothing that looks like a warning but is not: Slidev's advert for its browser exporter and its line
  // naming the export's temporary file are left out, and the export says what it wrote, with its size.
  expect(result.output).not.toMatch(/Try the new browser exporter|browser exporter instead|exported to /)
  expect(result.output).toContain(`export: wrote ${pdfPath} (`)
  // The dark PDF with its default name, written into the folder it is run from.
  darkDir = join(out, 'dark')
  mkdirSync(darkDir)
  darkResult = runExport([
    '--dark',
  ], darkDir, { TMPDIR: privateTmp })
  // The handout with its default name (A4), from the folder it is run from.
  handoutDir = join(out, 'handout')
  mkdirSync(handoutDir)
  handoutResult = runExport([
    '--handout',
  ], handoutDir, { TMPDIR: privateTmp })
  tmpLeft = readdirSync(privateTmp)
  pdf = await getDocument({
    data: new Uint8Array(readFileSync(pdfPath)),
    useSystemFonts: false,
    fontExtraProperties: true,
  }).promise
  pages = await pageTexts(pdf)
})

afterAll(() => {
  if (out)
    rmSync(out, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('writes one page per slide, 16:9', async () => {
    expect(pdf.numPages).toBe(deck.length)
    const page = await pdf.getPage(1)
    const [,, w, h] = page.view
    expect(w! / h!).toBeCloseTo(16 / 9, 1)
    expect(statSync(pdfPath).size).toBeGreaterThan(10_000)
  })

  it('has searchable text: a quotation and a trade figure', () => {
    const all = pages.join(' ').replace(/[‘’]/g, '\'')
    expect(all).toContain(quoteById.Q2.words.slice(0, 40))
    expect(all).toContain(formatBillions(figure('eu', 2022).value))
    expect(pages[0]).toContain(splitTitle(String(deck[0]!.frontmatter.title)).heading)
  })

  it('embeds the deck\'s fonts', async () => {
    const page = await pdf.getPage(1)
    await page.getOperatorList()
    const fontNames = new Set<string>()
    const embedded: boolean[] = []
    for (const [key, value] of page.commonObjs) {
      if (typeof key === 'string' && value && typeof value === 'object' && 'loadedName' in value) {
        const font = value as { name?: string, missingFile?: boolean }
        fontNames.add(font.name ?? key)
        embedded.push(font.missingFile === false)
      }
    }
    expect(fontNames.size).toBeGreaterThan(0)
    expect([...fontNames].some(n => /SourceSans3/.test(n))).toBe(true)
    expect(embedded.every(Boolean)).toBe(true)
  })

  it('has a bookmark per slide title', async () => {
    const outline = await pdf.getOutline()
    expect(outline?.length ?? 0).toBeGreaterThanOrEqual(Math.min(deck.length, 10))
  })
})

describe('npm run export: tagged for screen readers', () => {
  it('has a heading on every page and every chart as a figure with its title and description as alternative text', async () => {
    const tags = await pdfTags(readFileSync(pdfPath))
    expect(tags.filter(p => !p.headings.length).map(p => p.page), 'pages without a heading').toEqual([])
    const figures = tags.flatMap(p => p.figures)
    expect(figures.filter(alt => !alt.trim()), 'figures without alternative text').toEqual([])
    // The charts of data/: the trade chart's headline is its alternative text, with its description.
    expect(figures.length).toBeGreaterThanOrEqual(10)
    expect(figures.some(alt => /trades most with Kazakhstan.*European Union \$/.test(alt)), figures.join('\n')).toBe(true)
  })

  it('is in English and shows its title in the viewer\'s title bar', async () => {
    const info = await pdfDocumentInfo(readFileSync(pdfPath))
    expect(info.lang).toBe('en')
    expect(info.displayTitle).toBe(true)
    expect(info.title).toBe(String(deck[0]!.frontmatter.title))
  })
})

describe('npm run export: the page edge, temporary files, --dark', () => {
  it('leaves nothing in the temporary folder', () => {
    expect(tmpLeft).toEqual([])
  })

  it('paints every page to its edge: no hairline right of or below the slide', async () => {
    const pixels = await renderPdfPages(readFileSync(pdfPath), deck.map(s => s.no))
    for (const [i, p] of pixels.entries()) {
      const { worst, where } = edgeMismatch(p)
      expect(worst, `page ${i + 1}: ${where}`).toBeLessThanOrEqual(8)
    }
  })

  it('writes the dark PDF next to the light one under a -dark name, painted to its edge too', async () => {
    expect(darkResult.status, darkResult.output).toBe(0)
    const base = String(deck[0]!.frontmatter.exportFilename)
    const name = defaultOutput('pdf', base, true)
    expect(readdirSync(darkDir)).toEqual([name])
    expect(name).not.toBe(defaultOutput('pdf', base, false))
    const bytes = readFileSync(join(darkDir, name))
    const [first] = await renderPdfPages(bytes, [1], 1)
    // Dark: the slide's background is dark.
    expect(first!.data[(10 * first!.width + 10) * 4]).toBeLessThan(80)
    for (const p of await renderPdfPages(bytes, deck.map(s => s.no)))
      expect(edgeMismatch(p).worst, edgeMismatch(p).where).toBeLessThanOrEqual(8)
  })
})

describe('npm run export -- --handout', () => {
  let handout: PdfDocument
  let texts: string[]
  let pdf0Size: [number, number]
  const fold = (t: string): string => t.replace(/[‘’]/g, '\'').replace(/\s+/g, ' ')

  beforeAll(async () => {
    expect(handoutResult.status, handoutResult.output).toBe(0)
    const name = defaultOutput('handout', String(deck[0]!.frontmatter.exportFilename), false)
    expect(readdirSync(handoutDir)).toEqual([name])
    handout = await getDocument({
      data: new Uint8Array(readFileSync(join(handoutDir, name))),
      useSystemFonts: false,
      fontExtraProperties: true,
    }).promise
    texts = (await pageTexts(handout)).map(fold)
    // The slide's size: the cropped page's box does not start at 0 (view is x0, y0, x1, y1).
    const [x0, y0, x1, y1] = (await pdf.getPage(1)).view
    pdf0Size = [x1! - x0!, y1! - y0!]
  })

  it('has a cover and a page per slide, all A4', async () => {
    expect(handout.numPages).toBeGreaterThanOrEqual(deck.length + 1)
    for (let i = 1; i <= handout.numPages; i++) {
      const [,, w, h] = (await handout.getPage(i)).view
      expect([
        Math.round(w!),
        Math.round(h!),
      ], `page ${i}`).toEqual([595, 842])
    }
    expect(texts[0]).toContain(String(deck[0]!.frontmatter.title))
    expect(texts[0]).toMatch(/How to cite/)
    expect(texts.at(-1)).toContain(`Page ${handout.numPages} of ${handout.numPages}`)
  })

  it('puts each slide, searchable, above its number, title and the start of its notes on one page', () => {
    for (const slide of deck) {
      const heading = fold(`${slide.no} ${slide.title}`)
      const page = texts.findIndex(t => t.includes(heading) && !t.includes(`${heading} (notes continued)`))
      expect(page, `slide ${slide.no}: "${heading}"`).toBeGreaterThan(0)
      const first = plainNoteParagraphs(slide.note)[0]
      if (first)
        expect(texts[page], `slide ${slide.no}: its notes`).toContain(fold(first).split(' ').slice(0, 8).join(' '))
      expect(texts[page]).not.toMatch(/Loading slide/)
    }
    // The slide itself is text in the PDF, not a picture: a quotation can be found.
    expect(texts.join(' ')).toContain(quoteById.Q2.words.slice(0, 40))
  })

  it('embeds Source Sans 3 as a subset', async () => {
    const page = await handout.getPage(2)
    await page.getOperatorList()
    const names: string[] = []
    for (const [key, value] of page.commonObjs) {
      if (typeof key === 'string' && value && typeof value === 'object' && 'loadedName' in value) {
        const font = value as { name?: string, missingFile?: boolean }
        expect(font.missingFile, font.name).toBe(false)
        names.push(font.name ?? key)
      }
    }
    expect(names.some(n => /^[A-Z]{6}\+SourceSans3/.test(n)), names.join(', ')).toBe(true)
  })

  it('shows each slide painted to its edge (no hairline)', async () => {
    const bytes = readFileSync(join(handoutDir, readdirSync(handoutDir)[0]!))
    const scale = 2
    const nos = deck.map(s => s.no + 1).filter((no, i) => i % 4 === 0 || i === deck.length - 1)
    const rendered = await renderPdfPages(bytes, nos, scale)
    for (const [i, p] of rendered.entries()) {
      const page = await handout.getPage(nos[i]!)
      const [,, , H] = page.view
      const box = handoutSlideBox('a4', pdf0Size[0], pdf0Size[1])
      // The device pixels wholly inside the slide's rectangle (the frame of a light slide is outside it).
      const x0 = Math.ceil(box.x * scale)
      const y0 = Math.ceil((H! - box.y - box.height) * scale)
      const x1 = Math.floor((box.x + box.width) * scale) - 1
      const y1 = Math.floor((H! - box.y) * scale) - 1
      const width = x1 - x0 + 1
      const height = y1 - y0 + 1
      const data = new Uint8ClampedArray(width * height * 4)
      for (let y = 0; y < height; y++)
        data.set(p.data.subarray(((y0 + y) * p.width + x0) * 4, ((y0 + y) * p.width + x1 + 1) * 4), y * width * 4)
      const { worst, where } = edgeMismatch({ width, height, data })
      expect(worst, `handout page ${nos[i]}: ${where}`).toBeLessThanOrEqual(8)
    }
  })

  it('has a bookmark for the cover and each slide', async () => {
    const outline = (await handout.getOutline()) ?? []
    expect(outline.map(o => o.title)).toEqual([
      'Cover',
      ...deck.map(s => `${s.no}. ${s.title}`),
    ])
  })
})
