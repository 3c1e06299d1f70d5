import { readPdf } from './pdf-read.ts'
/**
 * Reads a PDF's tags back with pdf.js (`getStructTree`): per page, its headings and its figures with their
 * alternative text. The tests use it on the slide PDF and the handout; the export uses it to refuse an
 * untagged PDF.
 */

interface StructNode {
  role?: string
  alt?: string
  lang?: string
  children?: StructNode[]
  type?: string
}

export interface PageTags {
  /** 1-based */
  page: number
  /** H, H1…H6 */
  headings: string[]
  /** each Figure's /Alt ('' when it has none), but for Figures that only group tagged content */
  figures: string[]
}

function walk(node: StructNode, into: PageTags): void {
  const role = node.role ?? ''
  if (/^H[1-6]?$/.test(role))
    into.headings.push(role)
  // An HTML <figure> around a chart, a table or a quotation comes out as a Figure that holds tagged
  // content; only a Figure that holds none needs alternative text of its own.
  const holdsTags = (node.children ?? []).some(c => c.role)
  if (role === 'Figure' && (node.alt || !holdsTags))
    into.figures.push(node.alt ?? '')
  for (const child of node.children ?? [])
    walk(child, into)
}

/** The headings and figures tagged on each page; pages without a structure tree give empty lists. */
export async function pdfTags(bytes: Uint8Array): Promise<PageTags[]> {
  return readPdf(bytes, async (pdf) => {
    const pages: PageTags[] = []
    for (let i = 1; i <= pdf.numPages; i++) {
      const tags: PageTags = { page: i, headings: [], figures: [] }
      const tree = await (await pdf.getPage(i)).getStructTree() as StructNode | null
      if (tree)
        walk(tree, tags)
      pages.push(tags)
    }
    return pages
  })
}

/** The document's language and whether viewers show its title (the catalog's /Lang, DisplayDocTitle). */
export async function pdfDocumentInfo(bytes: Uint8Array): Promise<{ lang?: string, displayTitle: boolean, title?: string }> {
  return readPdf(bytes, async (pdf) => {
    const meta = await pdf.getMetadata()
    const info = meta.info as { Language?: string, Title?: string }
    const prefs = await pdf.getViewerPreferences() as Map<string, unknown> | null
    return { lang: info.Language, displayTitle: prefs?.get('DisplayDocTitle') === true, title: info.Title }
  })
}
