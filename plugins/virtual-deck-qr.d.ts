/** The module plugins/deck-qr.ts provides: the reader view's QR code, made at build time from DECK_URL. */
declare module 'virtual:deck-qr' {
  /** As ReaderQr in plugins/deck-qr.ts. */
  export const readerQr: { address: string, size: number, path: string } | undefined
}
