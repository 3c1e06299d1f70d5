// @vitest-environment node
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'
import JSZip from 'jszip'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { decodePng, pictureProblem, undrawnPdfPages, undrawnPptxSlides } from '../../export/export-check'

/** An RGB PNG (filter 0 on each row) from a function of the pixel. */
function png(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Uint8Array {
  const raw = Buffer.alloc(height * (width * 3 + 1))
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      raw.set(colour(x, y), y * (width * 3 + 1) + 1 + x * 3)
  }
  const chunk = (type: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(body.length)
    head.write(type, 4, 'latin1')
    return Buffer.concat([
      head,
      body,
      Buffer.alloc(4),
    ])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([
      0x89,
      0x50,
      0x4E,
      0x47,
      0x0D,
      0x0A,
      0x1A,
      0x0A,
    ]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const white: [number, number, number] = [255, 255, 255]
const ink: [number, number, number] = [20, 20, 20]
/** A heading at the top left and a chart at the bottom right. */
function drawn(x: number, y: number): [number, number, number] {
  return (y > 10 && y < 20 && x > 10 && x < 120) || (y > 60 && y < 90 && x > 100 && x < 150)
    ? ink
    : white
}
/** "Loading slide..." in the middle. */
function loading(x: number, y: number): [number, number, number] {
  return y > 45 && y < 52 && x > 70 && x < 100
    ? ink
    : white
}

describe('export checks: pictures', () => {
  it('decodes a PNG', () => {
    const p = decodePng(png(4, 3, (x, y) => [x * 10, y * 10, 7]))
    expect([p.width, p.height]).toEqual([4, 3])
    expect([
      ...p.data.subarray((2 * 4 + 3) * 4, (2 * 4 + 3) * 4 + 4),
    ]).toEqual([30, 20, 7, 255])
  })

  it('accepts a drawn slide and refuses a blank or loading one', () => {
    expect(pictureProblem(decodePng(png(160, 100, drawn)))).toBeUndefined()
    expect(pictureProblem(decodePng(png(160, 100, () => white)))).toBe('blank')
    expect(pictureProblem(decodePng(png(160, 100, loading)))).toMatch(/nearly blank/)
  })
})

async function pdf(pages: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of pages) {
    const page = doc.addPage([735, 413.4375])
    if (text)
      page.drawText(text, { x: 40, y: 300, size: 24, font })
  }
  return doc.save()
}

describe('export checks: the slide PDF', () => {
  it('names the pages that are blank or still loading', async () => {
    expect(await undrawnPdfPages(await pdf(['Four Powers', 'Trade in 2022']))).toEqual([])
    expect(await undrawnPdfPages(await pdf(['Four Powers', 'Loading slide...', '']))).toEqual([
      'page 2 shows "Loading slide..."',
      'page 3 has no text (blank)',
    ])
    expect(await undrawnPdfPages(await pdf(['Four Powers', 'Trade']), 3)).toEqual(['the PDF has 2 pages for 3 slides'])
    // A blank page after the last slide is allowed (and dropped by trimToSlides); one with text is not.
    expect(await undrawnPdfPages(await pdf(['Four Powers', 'Trade', '']), 2)).toEqual([])
    expect(await undrawnPdfPages(await pdf(['Four Powers', 'Trade', 'Sources']), 2)).toEqual(['page 3, after the last slide, has text'])
  })
})

describe('export checks: PowerPoint', () => {
  it('names a slide that is loading, empty, or one blank picture', async () => {
    const zip = new JSZip()
    const slide = (body: string): string => `<p:sld><p:cSld><p:spTree>${body}</p:spTree></p:cSld></p:sld>`
    const rels = (media?: string): string => `<Relationships>${media
      ? `<Relationship Id="rId2" Target="../media/${media}"/>`
      : ''}</Relationships>`
    zip.file('ppt/slides/slide1.xml', slide('<a:t>Four Powers</a:t>'))
    zip.file('ppt/slides/_rels/slide1.xml.rels', rels())
    zip.file('ppt/slides/slide2.xml', slide('<a:t>Loading slide...</a:t>'))
    zip.file('ppt/slides/_rels/slide2.xml.rels', rels())
    zip.file('ppt/slides/slide3.xml', slide(''))
    zip.file('ppt/slides/_rels/slide3.xml.rels', rels())
    zip.file('ppt/slides/slide4.xml', slide('<p:pic/>'))
    zip.file('ppt/slides/_rels/slide4.xml.rels', rels('a.png'))
    zip.file('ppt/media/a.png', png(160, 100, loading))
    zip.file('ppt/slides/slide5.xml', slide('<p:pic/>'))
    zip.file('ppt/slides/_rels/slide5.xml.rels', rels('b.png'))
    zip.file('ppt/media/b.png', png(160, 100, drawn))
    const files = [1, 2, 3, 4, 5].map(n => `ppt/slides/slide${n}.xml`)
    const problems = await undrawnPptxSlides(zip, files)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/^slide 2 shows "Loading slide/)
    expect(problems[1]).toMatch(/^slide 3 has neither text nor a picture/)
    expect(problems[2]).toMatch(/^slide 4's picture is nearly blank/)
  })
})
