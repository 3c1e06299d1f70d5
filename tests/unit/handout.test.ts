// @vitest-environment node
import type { DeckSlide } from '../../export/deck'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { makeHandout } from '../../export/handout'
import { papers } from '../../export/handout-layout'
import { plainNoteParagraphs } from '../../export/notes-text'

/** A slide PDF like the export's (one 735 × 413.4375 pt page per slide), each page carrying its title. */
async function slidesPdf(titles: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const title of titles)
    doc.addPage([735, 413.4375]).drawText(title, { x: 40, y: 340, size: 30, font })
  return doc.save()
}

function slide(no: number, title: string, note: string): DeckSlide {
  return {
    no,
    title,
    content: '',
    note,
    file: 'slides.md',
    frontmatter: {},
  }
}

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`

async function texts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    standardFontDataUrl,
  }).promise
  const out: string[] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    out.push(content.items.map(it => ('str' in it
      ? it.str
      : '')).join(' ').replace(/\s+/g, ' '))
  }
  return out
}

const sentence = (i: number): string => `Sentence number ${i} of a note far too long for one page, which has to continue on the next page.`

describe('handout layout', () => {
  it('continues a long note on the next page instead of cutting it, on US Letter too', async () => {
    const long = Array.from({ length: 120 }, (_, i) => sentence(i + 1)).join(' ')
    const deck = [
      slide(1, 'Opening slide', 'A short [click] note.'),
      slide(2, 'Long slide', long),
      slide(3, 'Closing slide', ''),
    ]
    const bytes = await makeHandout({
      slidesPdf: await slidesPdf(deck.map(s => s.title)),
      deck,
      paper: 'letter',
      title: 'A test deck',
      source: {
        title: 'An article',
        publisher: 'A paper',
        date: 'November 2022',
        url: 'https://example.org/a',
      },
      date: new Date(Date.UTC(2024, 0, 2)),
    })
    const doc = await PDFDocument.load(bytes)
    const sizes = doc.getPages().map(p => [
      p.getWidth(),
      p.getHeight(),
    ])
    for (const size of sizes)
      expect(size).toEqual([...papers.letter])
    const pages = await texts(bytes)
    // Cover, slide 1, slide 2 and its continuation(s), slide 3.
    expect(pages.length).toBeGreaterThanOrEqual(5)
    // The notes read on across the page breaks once the running footer and the continuation heading are taken out.
    const all = pages.join(' ')
      .replace(/A test deck Page \d+ of \d+/g, ' ')
      .replace(/2 Long slide \(notes continued\)/g, ' ')
      .replace(/\s+/g, ' ')
    for (let i = 1; i <= 120; i++)
      expect(all).toContain(sentence(i))
    const firstOf2 = pages.findIndex(t => t.includes('Long slide') && t.includes(sentence(1)))
    expect(firstOf2).toBe(2)
    expect(pages[firstOf2]).not.toContain(sentence(120))
    expect(pages[firstOf2 + 1]).toMatch(/Long slide \(notes continued\)/)
    expect(pages.at(-1)).toContain('Closing slide')
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`)
    expect(pages[1]).toContain('A short note.')
    expect(pages[0]).toContain('2 January 2024')
    expect(pages[0]).toContain('https://example.org/a')
  }, 60_000)

  it('refuses a slide PDF whose page count is not the deck\'s', async () => {
    await expect(makeHandout({
      slidesPdf: await slidesPdf(['one']),
      deck: [
        slide(1, 'one', ''),
        slide(2, 'two', ''),
      ],
      paper: 'a4',
      title: 't',
      source: { title: 'a', publisher: 'b', url: 'https://example.org' },
      date: new Date(),
    })).rejects.toThrow(/1 pages, the deck 2 slides/)
  })

  it('names the slide and the character the font cannot show', async () => {
    await expect(makeHandout({
      slidesPdf: await slidesPdf(['one']),
      deck: [
        slide(1, 'one', 'Ақорда'),
      ],
      paper: 'a4',
      title: 't',
      source: { title: 'a', publisher: 'b', url: 'https://example.org' },
      date: new Date(),
    })).rejects.toThrow(/slides\.md: slide 1 notes: the character "А"/)
  })

  it('uses the plain notes', () => {
    expect(plainNoteParagraphs('A short [click] note.')).toEqual(['A short note.'])
  })
})
