import type { DeckSlide } from '../../scripts/deck'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quoteById } from '../../data/quotes'
import { figure, formatBillions } from '../../data/trade'
import { loadDeck } from '../../scripts/deck'
import { run } from './helpers'

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>

let deck: DeckSlide[]
let out: string
let pdfPath: string
let pdf: PdfDocument
let pages: string[]

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
  const result = run(process.execPath, [
    '--experimental-strip-types',
    '--no-warnings',
    'scripts/export.ts',
    '--output',
    pdfPath,
  ])
  expect(result.status, result.output).toBe(0)
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
    expect(pages[0]).toMatch(/Four Powers/i)
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
