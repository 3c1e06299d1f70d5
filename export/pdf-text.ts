import type { PDFDocument, PDFRef } from 'pdf-lib'
import { PDFHexString, PDFName } from 'pdf-lib'

/** Dates in words (the handout's cover) and a flat outline of bookmarks (the slide PDF). */

export function formatDate(d: Date): string {
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** A flat outline (bookmarks), one entry per item, each opening its page. */
export function addOutline(doc: PDFDocument, items: { title: string, page: PDFRef }[]): void {
  const ctx = doc.context
  const root = ctx.nextRef()
  const refs = items.map(() => ctx.nextRef())
  items.forEach((item, i) => {
    const dict = ctx.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: root,
      Dest: [item.page, 'XYZ', null, null, null],
    })
    if (i > 0)
      dict.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < items.length - 1)
      dict.set(PDFName.of('Next'), refs[i + 1]!)
    ctx.assign(refs[i]!, dict)
  })
  ctx.assign(root, ctx.obj({
    Type: 'Outlines',
    First: refs[0]!,
    Last: refs.at(-1)!,
    Count: items.length,
  }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
