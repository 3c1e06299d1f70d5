// @vitest-environment node
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { pdfLayout, textOffSlide, textOverlaps } from '../browser/pdf-layout'

/** A 1 × 1 px PNG, for a picture on the page. */
const pixel = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), c => c.charCodeAt(0))

/** A slide-sized page (720 × 405 pt) with what `draw` puts on it. */
async function onePage(draw: (page: ReturnType<PDFDocument['addPage']>, doc: PDFDocument) => Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([720, 405])
  page.setFont(await doc.embedFont(StandardFonts.Helvetica))
  await draw(page, doc)
  return doc.save()
}

describe('where an office suite set the text (pdf-layout.ts)', () => {
  it('passes a page whose lines stand apart, beside a picture', async () => {
    const pages = await pdfLayout(await onePage(async (page, doc) => {
      page.drawText('First line of a list', { x: 60, y: 300, size: 20 })
      page.drawText('Second line of a list', { x: 60, y: 270, size: 20 })
      page.drawImage(await doc.embedPng(pixel), { x: 20, y: 300, width: 24, height: 24 })
    }))
    expect(pages[0]!.texts).toHaveLength(2)
    expect(pages[0]!.images).toHaveLength(1)
    expect(textOverlaps(pages)).toEqual([])
    expect(textOffSlide(pages)).toEqual([])
  })

  it('finds a line wrapped into the next entry, text over an icon, and text off the slide', async () => {
    const pages = await pdfLayout(await onePage(async (page, doc) => {
      page.drawText('An entry whose second line', { x: 60, y: 300, size: 20 })
      page.drawText('runs into the next entry', { x: 80, y: 292, size: 20 })
      page.drawImage(await doc.embedPng(pixel), { x: 55, y: 200, width: 24, height: 24 })
      page.drawText('Text over its icon', { x: 60, y: 205, size: 20 })
      page.drawText('A title that runs off the right edge', { x: 500, y: 100, size: 20 })
    }))
    const overlaps = textOverlaps(pages)
    expect(overlaps).toEqual([
      expect.stringMatching(/^slide 1: "An entry whose second line" .* runs into "runs into the next entry"/),
      expect.stringMatching(/^slide 1: "Text over its icon" .* is over a picture at x 55–79/),
    ])
    expect(textOffSlide(pages)).toEqual([
      expect.stringMatching(/^slide 1: "A title that runs off the rig" at x 500–\d+/),
    ])
  })
})
