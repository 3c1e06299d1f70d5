type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>

/**
 * Opens PDF bytes with pdf.js (no system fonts, no console noise), hands the document to `read`, and
 * closes it afterwards, also when `read` throws: the export's checks and the tests read PDFs this way.
 */
export async function readPdf<T>(bytes: Uint8Array, read: (pdf: PdfDocument) => Promise<T>): Promise<T> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    verbosity: 0,
  })
  try {
    return await read(await task.promise)
  }
  finally {
    await task.destroy()
  }
}
