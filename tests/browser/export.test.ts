import type { DeckSlide } from '../../export/deck'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quoteById } from '../../data/quotes'
import { figure, formatBillions } from '../../data/trade'
import { allKinds, defaultOutput } from '../../export/cli'
import { loadDeck, projectRoot } from '../../export/deck'
import { papers } from '../../export/handout-layout'
import { plainNoteParagraphs } from '../../export/notes-text'
import { pdfDocumentInfo, pdfTags } from '../../export/pdf-tags'
import { splitTitle } from '../../layouts/title'
import { edgeMismatch, renderPdfPages } from './edges'
import { runExport, sharedExport } from './helpers'

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>

let deck: DeckSlide[]
let out: string
let pdfPath: string
let pdf: PdfDocument
let pages: string[]
let tmpLeft: string[]
let sharedOutput: string
let darkDir: string
let darkResult: { status: number | null, output: string }
let handoutPath: string
let handout2Result: { status: number | null, output: string }

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
  // The slide PDF and the handout of the shared `npm run export -- --all` (helpers.ts), run with a private
  // temporary folder, empty before: whatever is left in it afterwards, the export left behind.
  const shared = await sharedExport()
  expect(shared.status, shared.output).toBe(0)
  sharedOutput = shared.output
  const base = String(deck[0]!.frontmatter.exportFilename)
  pdfPath = join(shared.dir, defaultOutput('pdf', base, false))
  handoutPath = join(shared.dir, defaultOutput('handout', base, false))
  tmpLeft = shared.tmpLeft
  const privateTmp = join(out, 'tmp')
  mkdirSync(privateTmp)
  // The dark PDF with its default name, written into the folder it is run from.
  darkDir = join(out, 'dark')
  mkdirSync(darkDir)
  darkResult = runExport([
    '--dark',
  ], darkDir, { TMPDIR: privateTmp })
  handout2Result = runExport([
    '--handout',
    '--per-page',
    '2',
    '--paper',
    'letter',
    '--output',
    join(out, 'two.pdf'),
  ], projectRoot, { TMPDIR: privateTmp })
  tmpLeft = [
    ...tmpLeft,
    ...readdirSync(privateTmp),
  ]
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
  it('--all writes each output under its default name and says so, with no noise', () => {
    const base = String(deck[0]!.frontmatter.exportFilename)
    const dir = dirname(pdfPath)
    expect(readdirSync(dir).sort()).toEqual(allKinds.map(kind => defaultOutput(kind, base, false)).sort())
    for (const kind of allKinds)
      expect(sharedOutput).toContain(`export: wrote ${join(dir, defaultOutput(kind, base, false))} (`)
    // The warm-up (plugins/export-warmup.ts) found Slidev's slide modules and had nothing to complain of.
    expect(sharedOutput).not.toContain('[deck:export-warmup]')
    // Nothing that looks like a warning but is not: Slidev's advert for its browser exporter and its line
    // naming the export's temporary file are left out.
    expect(sharedOutput).not.toMatch(/Try the new browser exporter|browser exporter instead|exported to /)
  })

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

describe('npm run export -- --handout (the reader view printed)', () => {
  let handout: PdfDocument
  let texts: string[]
  const fold = (t: string): string => t.replace(/[‘’]/g, '\'').replace(/\s+/g, ' ')
  const words = (t: string, from: number, to?: number): string => fold(t).split(' ').slice(from, to).join(' ')

  beforeAll(async () => {
    handout = await getDocument({
      data: new Uint8Array(readFileSync(handoutPath)),
      useSystemFonts: false,
      fontExtraProperties: true,
    }).promise
    texts = (await pageTexts(handout)).map(fold)
  })

  it('has a cover and a page per slide, all A4, numbered', async () => {
    expect(handout.numPages).toBeGreaterThanOrEqual(deck.length + 1)
    for (let i = 1; i <= handout.numPages; i++) {
      const [,, w, h] = (await handout.getPage(i)).view
      expect(Math.abs(w! - papers.a4[0]) < 1 && Math.abs(h! - papers.a4[1]) < 1, `page ${i}: ${w} × ${h} pt`).toBe(true)
    }
    expect(texts[0]).toContain(fold(String(deck[0]!.frontmatter.title)))
    expect(texts[0]).toMatch(/Source article.*How to cite this deck/)
    expect(texts.at(-1)).toContain(`Page ${handout.numPages} of ${handout.numPages}`)
  })

  it('puts each slide, searchable, with its title and the start of its notes on one page, the notes whole', () => {
    let last = 0
    for (const slide of deck) {
      const page = texts.findIndex((t, i) => i >= last && t.includes(`Slide ${slide.no} of ${deck.length}`) && t.includes(fold(slide.title)))
      expect(page, `slide ${slide.no}: "${slide.title}"`).toBeGreaterThan(0)
      last = page
      const paragraphs = plainNoteParagraphs(slide.note)
      if (paragraphs.length) {
        expect(texts[page], `slide ${slide.no}: the start of its notes`).toContain(words(paragraphs[0]!, 0, 8))
        // A note too long for its page goes on over the next one: its last words are there too.
        expect(texts.slice(page).join(' '), `slide ${slide.no}: the end of its notes`).toContain(words(paragraphs.at(-1)!, -6))
      }
    }
    const all = texts.join(' ')
    expect(all).not.toMatch(/Loading slide|\[click/)
    // The slide itself is text in the PDF, not a picture: a quotation can be found.
    expect(all).toContain(quoteById.Q2.words.slice(0, 40))
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

  it('is tagged: one h1, a heading per slide, every chart a figure with alternative text, in English', async () => {
    const bytes = readFileSync(handoutPath)
    const tags = await pdfTags(bytes)
    const headings = tags.flatMap(p => p.headings)
    expect(headings.filter(h => h === 'H1')).toHaveLength(1)
    expect(headings.filter(h => h === 'H2')).toHaveLength(deck.length)
    expect(tags.filter(p => !p.headings.length).map(p => p.page), 'pages without a heading').toEqual([])
    const figures = tags.flatMap(p => p.figures)
    expect(figures.length).toBeGreaterThanOrEqual(10)
    expect(figures.filter(alt => !alt.trim()), 'figures without alternative text').toEqual([])
    const info = await pdfDocumentInfo(bytes)
    expect(info).toMatchObject({ lang: 'en', displayTitle: true })
    expect(info.title).toContain(String(deck[0]!.frontmatter.title))
  })

  it('has a bookmark for the cover (the title) and under it one for each slide', async () => {
    const outline = (await handout.getOutline()) ?? []
    expect(outline).toHaveLength(1)
    expect(outline[0]!.title).toBe(String(deck[0]!.frontmatter.title))
    expect(outline[0]!.items.map(o => fold(o.title))).toEqual(deck.map(s => fold(s.title)))
  })

  it('--per-page 2 --paper letter: two slides with their notes on a US Letter page', async () => {
    expect(handout2Result.status, handout2Result.output).toBe(0)
    const bytes = readFileSync(join(out, 'two.pdf'))
    const doc = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
    }).promise
    const [,, w, h] = (await doc.getPage(1)).view
    expect([
      Math.round(w!),
      Math.round(h!),
    ]).toEqual([612, 792])
    expect(doc.numPages).toBeLessThanOrEqual(Math.ceil(deck.length / 2) + 2)
    const two = (await pageTexts(doc)).map(fold)
    for (const slide of deck)
      expect(two.some(t => t.includes(`Slide ${slide.no} of ${deck.length}`) && t.includes(fold(slide.title))), `slide ${slide.no}`).toBe(true)
    expect(two[1]).toMatch(/Slide 1 of .*Slide 2 of /)
  })
})
