/**
 * WCAG 2.x contrast maths for the tests: text needs 4.5:1 against its background, marks 3:1. The deck
 * never computes contrast at run time; the tests hold its colours to these ratios.
 */

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928
    ? c / 12.92
    : ((c + 0.055) / 1.055) ** 2.4
}

/** Relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m)
    throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map(h => channel(Number.parseInt(h, 16)))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** Contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [
    relativeLuminance(a),
    relativeLuminance(b),
  ].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** The slide backgrounds of Slidev's default theme. */
export const slideBackground = { light: '#ffffff', dark: '#121212' } as const
