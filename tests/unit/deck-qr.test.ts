import { describe, expect, it } from 'vitest'
import { qrPath, qrSvg, readerAddress, readerQr } from '../../plugins/deck-qr'

/** plugins/deck-qr.ts: the reader view's address from DECK_URL, and the code as one path (decoded in tests/browser/pacing.test.ts). */
describe('the reader view\'s QR code', () => {
  it('puts the reader view under the deck\'s address, with or without a final slash', () => {
    expect(readerAddress('https://x.github.io/talk/')).toBe('https://x.github.io/talk/reader')
    expect(readerAddress('https://x.github.io/talk')).toBe('https://x.github.io/talk/reader')
    expect(readerAddress('https://talk.example.org//')).toBe('https://talk.example.org/reader')
    expect(() => readerAddress('ftp://x.org/')).toThrow(/http/)
  })

  it('gives nothing without DECK_URL', () => {
    expect(readerQr('')).toBeUndefined()
    expect(readerQr(undefined)).toBeUndefined()
  })

  it('draws the dark modules as rectangles of one path, inside the code\'s size', () => {
    const { size, path } = qrPath('https://x.github.io/talk/reader')
    expect(size).toBeGreaterThanOrEqual(21)
    const runs = [
      ...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g),
    ]
    expect(runs.length).toBeGreaterThan(50)
    expect(runs.map(r => r[0]).join('')).toBe(path)
    for (const [, x, y, w] of runs)
      expect(Number(x) + Number(w) <= size && Number(y) < size).toBe(true)
  })

  it('writes the same code as SVG markup for the handout', () => {
    const qr = readerQr('https://x.github.io/talk/')!
    const svg = qrSvg(qr)
    expect(svg).toContain(`<path d="${qr.path}" fill="#000"/>`)
    expect(svg).toContain('<title>QR code to the reader view, https://x.github.io/talk/reader</title>')
  })
})
