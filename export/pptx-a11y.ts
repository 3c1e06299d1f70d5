import type JSZip from 'jszip'
import type { DeckSlide } from './deck.ts'
import type { SlideText } from './slide-text.ts'
import { slidesInOrder } from './pptx-notes.ts'

/**
 * What PowerPoint's accessibility checker asks of the PowerPoint files. Pictures file: Slidev sets each
 * slide's picture as the slide's background, which has no alternative text; here it becomes a picture
 * shape filling the slide, its alternative text the slide's title, then its text (charts as their
 * descriptions), with a title placeholder behind it (hidden by the picture, read first). Editable file:
 * each chart picture gets its chart's description (Slidev writes "Rendered as an image because of …").
 */

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The slide's title, then what is on it, without saying the title twice. */
export function altText(title: string, text: string): string {
  const rest = title && text.includes(title)
    ? text.replace(title, ' ').replace(/\s+/g, ' ').trim()
    : text
  return title
    ? `${title}. ${rest}`.trim()
    : rest
}

function titleShape(id: number, title: string, cx: number, cy: number): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>`
    + `<p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${Math.round(cx * 0.045)}" y="${Math.round(cy * 0.04)}"/>`
    + `<a:ext cx="${Math.round(cx * 0.91)}" cy="${Math.round(cy * 0.14)}"/></a:xfrm></p:spPr>`
    + `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="2800" dirty="0"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></p:txBody></p:sp>`
}

function pictureShape(id: number, rId: string, name: string, descr: string, cx: number, cy: number): string {
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${escapeXml(name)}" descr="${escapeXml(descr)}"/>`
    + `<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>`
    + `<p:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>`
    + `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
}

/** The slide size in EMU, from presentation.xml. */
async function slideEmu(zip: JSZip): Promise<{ cx: number, cy: number }> {
  const xml = await zip.file('ppt/presentation.xml')!.async('string')
  const m = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(xml)
  if (!m)
    throw new Error('ppt/presentation.xml: no slide size')
  return {
    cx: Number(m[1]),
    cy: Number(m[2]),
  }
}

const decorative = '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
  + '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>'

/** A slide whose background is a picture gets it as a picture shape with alt text, behind it a title. */
function backgroundAsPicture(xml: string, slide: DeckSlide, text: string, size: { cx: number, cy: number }): string | undefined {
  const bg = /<p:bg>(?:(?!<\/p:bg>)[\s\S])*?<a:blip r:embed="(rId\d+)"[\s\S]*?<\/p:bg>/.exec(xml)
  if (!bg)
    return undefined
  const title = slide.title || `Slide ${slide.no}`
  const ids = [
    ...xml.matchAll(/<p:cNvPr id="(\d+)"/g),
  ].map(m => Number(m[1]))
  const next = Math.max(1, ...ids) + 1
  const shapes = titleShape(next, title, size.cx, size.cy) + pictureShape(next + 1, bg[1]!, `Slide ${slide.no}`, altText(title, text), size.cx, size.cy)
  // The title goes behind everything (first in the tree); the picture fills the slide above it.
  return xml
    .replace(bg[0], '')
    .replace(/<p:cSld name="[^"]*">/, `<p:cSld name="${escapeXml(title)}">`)
    .replace(/(<p:spTree>[\s\S]*?<\/p:grpSpPr>)/, `$1${shapes}`)
}

/** Pictures file: each slide's background picture as a picture shape with alt text, and a title. */
export async function picturesAsShapes(zip: JSZip, deck: DeckSlide[], texts: SlideText[]): Promise<void> {
  const size = await slideEmu(zip)
  for (const [i, file] of slidesInOrder(zip).entries()) {
    const slide = deck[i]!
    const xml = backgroundAsPicture(await zip.file(file)!.async('string'), slide, texts.find(t => t.no === slide.no)?.text ?? '', size)
    if (!xml)
      throw new Error(`${file}: no background picture (slide ${slide.no})`)
    zip.file(file, xml)
  }
}

/** A picture at least this share of the slide's width and height is a chart; smaller ones are icons. */
const chartShare = 0.12

/** The slide's pictures: charts get their descriptions in the order drawn, icons are marked decorative. */
function describePictures(xml: string, charts: string[], size: { cx: number, cy: number }, where: string): string {
  const pics = [
    ...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g),
  ].map(m => m[0])
  const isChart = (pic: string): boolean => {
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic)
    return Boolean(ext) && Number(ext![1]) >= size.cx * chartShare && Number(ext![2]) >= size.cy * chartShare
  }
  const chartPics = pics.filter(isChart)
  if (chartPics.length !== charts.length)
    throw new Error(`${where}: ${chartPics.length} chart pictures for ${charts.length} charts drawn`)
  let n = 0
  return xml.replace(/<p:pic>[\s\S]*?<\/p:pic>/g, pic => pic.replace(/<p:cNvPr ([^>]*?)descr="[^"]*"([^>]*?)(\/?)>/, (_m, a: string, b: string, close: string) => isChart(pic)
    ? `<p:cNvPr ${a}descr="${escapeXml(charts[n++]!)}"${b}${close}>`
    : `<p:cNvPr ${a}descr=""${b}>${decorative}${close ? '</p:cNvPr>' : ''}`))
}

/** Editable file: chart pictures described, icons decorative, a slide drawn as one picture given alt text and a title. */
export async function chartPicturesDescribed(zip: JSZip, deck: DeckSlide[], texts: SlideText[]): Promise<void> {
  const size = await slideEmu(zip)
  for (const [i, file] of slidesInOrder(zip).entries()) {
    const slide = deck[i]!
    const text = texts.find(t => t.no === slide.no) ?? { no: slide.no, text: '', charts: [] }
    const xml = await zip.file(file)!.async('string')
    zip.file(file, backgroundAsPicture(xml, slide, text.text, size)
    ?? describePictures(xml, text.charts, size, `${file} (slide ${slide.no}, ${slide.file})`))
  }
}
