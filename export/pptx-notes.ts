import type { DeckSlide } from './deck.ts'
import JSZip from 'jszip'
import { plainNoteParagraphs } from './notes-text.ts'

/**
 * Slidev puts each slide's raw notes (markdown, HTML, `[click]` markers) into the PowerPoint notes field.
 * This rewrites every notes page's body with the plain paragraphs of export/notes-text.ts, one PowerPoint
 * paragraph each, and checks that the file has one slide per slide of the deck.
 */
export async function cleanPptxNotes(bytes: Uint8Array, deck: DeckSlide[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const slideFiles = slidesInOrder(zip)
  if (slideFiles.length !== deck.length)
    throw new Error(`The PowerPoint file has ${slideFiles.length} slides, the deck ${deck.length}`)
  for (const [i, slideFile] of slideFiles.entries()) {
    const slide = deck[i]!
    const rels = await zip.file(slideFile.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'))?.async('string') ?? ''
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1]
    const paragraphs = plainNoteParagraphs(slide.note)
    if (!target) {
      if (paragraphs.length)
        throw new Error(`${slideFile}: no notes page for slide ${slide.no} (${slide.file})`)
      continue
    }
    const path = `ppt/notesSlides/${target}`
    const xml = await zip.file(path)!.async('string')
    const body = /(<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<p:txBody>)([\s\S]*?)(<\/p:txBody>)/.exec(xml)
    if (!body)
      throw new Error(`${path}: no notes body placeholder`)
    const bodyPr = /^\s*(<a:bodyPr[\s\S]*?(?:\/>|<\/a:bodyPr>)\s*(?:<a:lstStyle\/>)?)/.exec(body[2]!)?.[1] ?? '<a:bodyPr/><a:lstStyle/>'
    const lines = paragraphs.flatMap((p, j) => [
      ...(j
        ? ['']
        : []),
      ...p.split('\n'),
    ])
    const ps = (lines.length
      ? lines
      : ['']).map(line => line
      ? `<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`
      : '<a:p><a:endParaRPr lang="en-GB" dirty="0"/></a:p>').join('')
    zip.file(path, xml.slice(0, body.index) + body[1] + bodyPr + ps + body[3] + xml.slice(body.index + body[0].length))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The slide parts by number (both of Slidev's PowerPoint writers number them in presentation order). */
export function slidesInOrder(zip: JSZip): string[] {
  const names = Object.keys(zip.files).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  return names.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
