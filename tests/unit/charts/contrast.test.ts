import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { revealCount } from '../../../charts/chart-utils'
import { textWidth, wrapText } from '../../../charts/text-measure'
import { powers } from '../../../data/powers'
import { contrastRatio, relativeLuminance, slideBackground } from './contrast'

/**
 * WCAG contrast of every colour the charts use, in light mode (white slide) and dark mode (#121212):
 * text 4.5:1, marks 3:1. Power colours come from data/powers.ts; the neutral ones from components/chart.css.
 */
const css = readFileSync(resolve(import.meta.dirname, '../../../components/chart.css'), 'utf8')

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  expect(start, `no "${selector}" block in chart.css`).toBeGreaterThanOrEqual(0)
  const body = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries([
    ...body.matchAll(/--chart-([a-z]+):\s*(#[0-9a-f]{6})/gi),
  ].map(m => [m[1]!, m[2]!]))
}

const modes = {
  light: {
    neutral: block('\n.kz-chart'),
    power: (p: typeof powers[number]) => p.colour.light,
  },
  dark: {
    neutral: block('html.dark .kz-chart'),
    power: (p: typeof powers[number]) => p.colour.dark,
  },
} as const

describe('contrast maths', () => {
  it('matches known values', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6)
    expect(relativeLuminance('#000000')).toBe(0)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})

for (const [mode, { neutral, power }] of Object.entries(modes)) {
  const bg = slideBackground[mode as keyof typeof slideBackground]
  describe(`${mode} mode (background ${bg})`, () => {
    it('uses the slide background of the deck', () => {
      expect(neutral.bg).toBe(bg)
    })

    it.each(powers.map(p => [
      p.id,
      power(p),
    ]))('power colour of %s (%s) reads as text on the slide: 4.5:1', (_, colour) => {
      expect(contrastRatio(colour, bg)).toBeGreaterThanOrEqual(4.5)
    })

    it.each(powers.map(p => [
      p.id,
      power(p),
    ]))('power colour of %s (%s) stands out as a mark on land and on the highlight band: 3:1', (_, colour) => {
      expect(contrastRatio(colour, neutral.land!)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(colour, neutral.band!)).toBeGreaterThanOrEqual(3)
    })

    it('neutral text colours read at 4.5:1 on the slide and on the highlight band', () => {
      for (const text of [neutral.ink!, neutral.muted!]) {
        expect(contrastRatio(text, bg)).toBeGreaterThanOrEqual(4.5)
        expect(contrastRatio(text, neutral.band!)).toBeGreaterThanOrEqual(4.5)
      }
    })

    it('route lines, rules and arrows stand out at 3:1 on the slide and on land', () => {
      expect(contrastRatio(neutral.route!, bg)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(neutral.route!, neutral.land!)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(neutral.rule!, bg)).toBeGreaterThanOrEqual(3)
    })
  })
}

describe('chart helpers', () => {
  it('shows the final state without a step and clamps steps', () => {
    expect(revealCount(undefined, 5)).toBe(5)
    expect(revealCount(0, 5)).toBe(0)
    expect(revealCount(3, 5)).toBe(3)
    expect(revealCount(12, 5)).toBe(5)
    expect(revealCount(-1, 5)).toBe(0)
  })

  it('estimates text width and wraps lines to fit', () => {
    expect(textWidth('European Union', 16)).toBeGreaterThan(textWidth('Russia', 16))
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 16)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(100)
  })
})
