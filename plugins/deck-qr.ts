import type { Plugin } from 'vite'
import process from 'node:process'
import { encode } from 'uqr'

/**
 * The QR code to the reader view, made at build time from the deck's public address (`DECK_URL`, e.g.
 * set by the Pages workflow): `virtual:deck-qr` gives the closing slide the address and the code as one
 * SVG path, so nothing is fetched or computed at run time; without DECK_URL it gives nothing. The
 * handout's cover draws the same path. uqr encodes; this file only turns its modules into a path.
 */

export interface ReaderQr {
  /** The reader view's address, as the code says it. */
  address: string
  /** Modules per side, without the quiet zone. */
  size: number
  /** The dark modules as one path in module units, a run of modules per row as a rectangle. */
  path: string
}

/** The reader view's address under the deck's public address (`https://x.github.io/talk/` → `…/talk/reader`). */
export function readerAddress(deckUrl: string): string {
  const url = new URL(`${deckUrl.replace(/\/+$/, '')}/`)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DECK_URL must be an http(s) address, not ${deckUrl}`)
  return new URL('reader', url).href
}

/** The QR code of `text` as a path of its dark modules, each row's runs as rectangles. */
export function qrPath(text: string): { size: number, path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  const runs: string[] = []
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x++
        continue
      }
      const from = x
      while (x < size && row[x])
        x++
      runs.push(`M${from} ${y}h${x - from}v1h-${x - from}z`)
    }
  })
  return {
    size,
    path: runs.join(''),
  }
}

/** The code for DECK_URL's reader view, or undefined when DECK_URL is not set. */
export function readerQr(deckUrl = process.env.DECK_URL): ReaderQr | undefined {
  if (!deckUrl?.trim())
    return undefined
  const address = readerAddress(deckUrl.trim())
  return {
    address,
    ...qrPath(address),
  }
}

/** The code as SVG markup, black on a white quiet zone of four modules, `px` wide (for the handout's cover). */
export function qrSvg(qr: ReaderQr, px = 120): string {
  const side = qr.size + 8
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${px}" height="${px}" viewBox="-4 -4 ${side} ${side}" shape-rendering="crispEdges">`
    + `<title>QR code to the reader view, ${qr.address.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`
    + `<rect x="-4" y="-4" width="${side}" height="${side}" fill="#fff"/><path d="${qr.path}" fill="#000"/></svg>`
}

const id = 'virtual:deck-qr'

/** Provides `virtual:deck-qr`: `export const readerQr` (a ReaderQr, or undefined without DECK_URL). */
export function deckQr(): Plugin {
  return {
    name: 'deck:qr',
    resolveId: source => source === id
      ? `\0${id}`
      : undefined,
    load(source) {
      if (source === `\0${id}`)
        return `export const readerQr = ${JSON.stringify(readerQr() ?? null)} ?? undefined\n`
    },
  }
}
