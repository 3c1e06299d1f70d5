import type { DeckSlide } from '../../export/deck'
import { Buffer } from 'node:buffer'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultOutput } from '../../export/cli'
import { loadDeck, projectRoot } from '../../export/deck'
import { pictureProblem } from '../../export/export-check'
import { plainNoteParagraphs } from '../../export/notes-text'
import { slidesInOrder } from '../../export/pptx-notes'
import { edgeMismatch } from './edges'
import { sharedExport } from './helpers'
import { pdfLayout, textOffSlide, textOverlaps } from './pdf-layout'
import { findSoffice, pptxToPdf } from './soffice'

let deck: DeckSlide[]
let out: string
let tmpLeft: string[]
const files: Record<'pptx' | 'pptx-editable', { zip?: JSZip, output: string, status: number | null, file: string }> = {
  'pptx': { output: '', status: null, file: '' },
  'pptx-editable': { output: '', status: null, file: '' },
}

/** The notes page text of each slide, in order; paragraphs one per line. */
async function notesOf(zip: JSZip): Promise<string[]> {
  const notes: string[] = []
  for (const slide of slidesInOrder(zip)) {
    const rels = await zip.file(slide.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'))!.async('string')
    const target = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1]
    if (!target) {
      notes.push('')
      continue
    }
    const xml = await zip.file(`ppt/notesSlides/${target}`)!.async('string')
    const body = /<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)?.[1] ?? ''
    notes.push([
      ...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
    ]
      .map(p => [
        ...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g),
      ].map(t => t[1]).join(''))
      .filter(Boolean)
      .join('\n')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'))
  }
  return notes
}

beforeAll(async () => {
  deck = await loadDeck()
  out = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
  // Both files of the shared `npm run export -- --all` (helpers.ts).
  const shared = await sharedExport()
  const base = String(deck[0]!.frontmatter.exportFilename)
  for (const format of ['pptx', 'pptx-editable'] as const) {
    const file = join(shared.dir, defaultOutput(format, base, false))
    files[format] = { output: shared.output, status: shared.status, file }
    if (shared.status === 0)
      files[format].zip = await JSZip.loadAsync(readFileSync(file))
  }
  tmpLeft = shared.tmpLeft
})

afterAll(() => {
  if (out)
    rmSync(out, { recursive: true, force: true })
})

describe.each(['pptx', 'pptx-editable'] as const)('npm run export -- --format %s', (format) => {
  it('has one slide per slide, each with its notes as plain text', async () => {
    const { zip, status, output } = files[format]
    expect(status, output).toBe(0)
    expect(slidesInOrder(zip!)).toHaveLength(deck.length)
    const notes = await notesOf(zip!)
    for (const slide of deck) {
      const expected = plainNoteParagraphs(slide.note).join('\n').replace(/\n/g, ' ')
      expect(notes[slide.no - 1]!.replace(/\n/g, ' '), `notes of slide ${slide.no}`).toBe(expected)
    }
    expect(notes.join(' ')).not.toMatch(/\[click|<\/?[a-z]+[\s>]/i)
  })
})

describe('the PowerPoint files', () => {
  it('leave no temporary files behind', () => {
    expect(tmpLeft).toEqual([])
  })

  it('editable: no text of the charts\' visually hidden tables on the slides', async () => {
    const zip = files['pptx-editable'].zip!
    // The column heads of each chart's table for screen readers, as its component declares them: one list
    // per table. A table that came through would bring all its heads; one word of them ("Visits") can also
    // be a visible heading elsewhere (the matrix), so a slide fails when it holds every head of a table.
    const tables = readdirSync(join(projectRoot, 'components'))
      .filter(f => f.endsWith('.vue'))
      .flatMap(f => [
        ...readFileSync(join(projectRoot, 'components', f), 'utf8').matchAll(/:columns="\[([^\]]*)\]"/g),
      ])
      .map(m => [
        ...m[1]!.matchAll(/'([^']+)'/g),
      ].map(q => q[1]!))
      .filter(heads => heads.length >= 2)
    expect(tables.length).toBeGreaterThanOrEqual(2)
    for (const slide of slidesInOrder(zip)) {
      const texts = new Set([
        ...(await zip.file(slide)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g),
      ].map(m => m[1]!.trim()))
      for (const heads of tables)
        expect(heads.filter(h => texts.has(h)), `${slide}: the hidden table with ${heads.join(', ')}`).not.toEqual(heads)
    }
  })

  it('pictures: sharp on a 1920 px projector, drawn, and painted to the edge', async () => {
    const zip = files.pptx.zip!
    const media = Object.keys(zip.files).filter(n => /^ppt\/media\/.+\.png$/.test(n))
    expect(media.length).toBe(deck.length)
    for (const name of media) {
      const img = await loadImage(Buffer.from(await zip.file(name)!.async('uint8array')))
      expect(img.width, name).toBeGreaterThanOrEqual(1920)
      const canvas = createCanvas(img.width, img.height)
      const ctx = canvas.getContext('2d')
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, img.width, img.height)
      const { worst, where } = edgeMismatch({ width: data.width, height: data.height, data: data.data })
      expect(worst, `${name}: ${where}`).toBeLessThanOrEqual(8)
      // Light (the export's default): the slide's background is light; and the slide is drawn, not blank
      // or "Loading slide...".
      expect(data.data[(10 * data.width + 10) * 4], name).toBeGreaterThan(175)
      expect(pictureProblem({
        width: data.width,
        height: data.height,
        data: new Uint8Array(data.data.buffer),
      }), name).toBeUndefined()
    }
  })

  it('pictures: each slide a picture shape with alternative text (title, then what is on it) and a title', async () => {
    const zip = files.pptx.zip!
    for (const [i, file] of slidesInOrder(zip).entries()) {
      const slide = deck[i]!
      const xml = await zip.file(file)!.async('string')
      expect(xml, `${file}: no background picture`).not.toMatch(/<p:bg>[\s\S]*?<a:blip[\s\S]*?<\/p:bg>/)
      const pics = [
        ...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g),
      ].map(m => m[0])
      expect(pics, file).toHaveLength(1)
      const descr = /<p:cNvPr [^>]*descr="([^"]*)"/.exec(pics[0]!)?.[1] ?? ''
      expect(descr.startsWith(`${xmlText(slide.title)}. `), `${file}: "${descr.slice(0, 80)}"`).toBe(true)
      expect(descr.length, file).toBeGreaterThan(slide.title.length + 20)
      expect(xml, `${file}: a title placeholder with the slide's title`).toMatch(new RegExp(`<p:ph type="title"/>[\\s\\S]*?<a:t>${escapeRe(xmlText(slide.title))}</a:t>`))
    }
    // The charts' descriptions are in the alternative text: the trade chart's figures, read out.
    const all = (await Promise.all(slidesInOrder(zip).map(async f => zip.file(f)!.async('string')))).join('')
    expect(all).toMatch(/descr="[^"]*Bar chart\. Trade in goods with Kazakhstan[^"]*European Union \$39\.9 bn/)
  })

  it('editable: every chart picture has its chart\'s description, every icon is marked decorative', async () => {
    const zip = files['pptx-editable'].zip!
    let described = 0
    for (const file of slidesInOrder(zip)) {
      const xml = await zip.file(file)!.async('string')
      for (const [pic] of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
        const descr = /<p:cNvPr [^>]*descr="([^"]*)"/.exec(pic)?.[1] ?? ''
        expect(descr, file).not.toMatch(/Rendered as an image/)
        if (descr)
          described++
        else
          expect(pic, `${file}: a picture with neither alternative text nor the decorative mark`).toContain('<adec:decorative')
      }
    }
    expect(described).toBeGreaterThanOrEqual(14)
  })

  const soffice = findSoffice()
  it.skipIf(!soffice)('editable: LibreOffice Impress sets no text outside the slide, over other text or over a picture', async () => {
    const pages = await pdfLayout(pptxToPdf(soffice!, files['pptx-editable'].file, join(out, 'lo')))
    expect(pages).toHaveLength(deck.length)
    expect(pages.flatMap(p => p.texts).length).toBeGreaterThan(deck.length * 5)
    expect(textOffSlide(pages)).toEqual([])
    expect(textOverlaps(pages)).toEqual([])
  }, 300_000)
})

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
