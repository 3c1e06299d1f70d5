import type { DeckSlide } from '../../export/deck'
import type { SlideForSources } from '../../setup/slide-sources'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, projectRoot } from '../../export/deck'
import { slideSourceProblems } from '../../setup/slide-sources'

/**
 * The slides stay Markdown on the deck's layouts (layouts/), not HTML a presenter must decode: the
 * targets of issue 14, counted in slides.md and pages/*.md with the speaker notes left out.
 */
let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

/** The files' Markdown without speaker notes. */
function sources(): string {
  const files = [
    ...new Set([
      'slides.md',
      ...deck.map(s => s.file),
    ]),
  ]
  return files.map(f => readFileSync(join(projectRoot, f), 'utf8').replace(/<!--[\s\S]*?-->/g, '')).join('\n')
}

export function authoringCounts(text: string): Record<string, number> {
  return {
    'div': text.match(/<div\b/g)?.length ?? 0,
    'class=': text.match(/\bclass=/g)?.length ?? 0,
    'style=': text.match(/\bstyle=/g)?.length ?? 0,
    'positioning utilities': text.match(/\b(?:abs-[a-z]{2}|absolute|fixed|relative|top-\d|left-\d|right-\d|bottom-\d|inset-\d|[mp][xytblr]?-\d+|w-full|h-full)\b/g)?.length ?? 0,
    'list items': text.match(/^\s*(?:[-*]|\d+\.) \S/gm)?.length ?? 0,
  }
}

describe('slides in Slidev\'s own terms', () => {
  it('keeps HTML out of the slides: at most 6 <div, 12 class=, no style= or positioning utility, 15 list items or more', () => {
    const n = authoringCounts(sources())
    expect(n.div, '<div in slides.md and pages/ (use a layout)').toBeLessThanOrEqual(6)
    expect(n['class='], 'class= in slides.md and pages/ (use a layout)').toBeLessThanOrEqual(12)
    expect(n['style='], 'style= in slides.md and pages/').toBe(0)
    expect(n['positioning utilities'], 'positioning utilities in slides.md and pages/').toBe(0)
    expect(n['list items'], 'Markdown list items').toBeGreaterThanOrEqual(15)
  })

  it('counts what it means to count (the check can fail)', () => {
    const html = '<div class="abs-bl w-full px-14 pb-4" style="--c: red"><p class="lede">x</p></div>\n- one\n- two\n1. three'
    expect(authoringCounts(html)).toEqual({
      'div': 1,
      'class=': 2,
      'style=': 1,
      'positioning utilities': 4,
      'list items': 3,
    })
  })

  it('lays every slide out with a layout of layouts/ or Slidev\'s default', () => {
    const ours = [
      'cover',
      'chapter',
      'chart',
      'two-sides',
      'tiles',
      'statement',
      'closing',
    ]
    for (const s of deck) {
      const layout = String(s.frontmatter.layout ?? 'default')
      expect([...ours, 'default'], `slide ${s.no} "${s.title}"`).toContain(layout)
    }
    for (const l of ours)
      expect(deck.some(s => s.frontmatter.layout === l), `layout ${l} is used`).toBe(true)
  })
})

describe('sources in frontmatter, checked for npm test and slidev build (setup/transformers.ts)', () => {
  const slide = (frontmatter: Record<string, unknown>, content = '# A slide'): SlideForSources =>
    ({
      no: 7,
      title: 'A slide',
      file: 'pages/eu.md',
      content,
      frontmatter,
    })

  it('names the slide, its file and the unknown id', () => {
    expect(slideSourceProblems(slide({
      sources: ['article', 'S99'],
    }))).toEqual([
      expect.stringMatching(/^slide 7 "A slide" \(pages\/eu\.md\) cites the unknown source id "S99": the ids are article, S2, .* \(data\/sources\.ts\)\.$/),
    ])
  })

  it('asks for sources where a slide has none, unless a chart draws its own or it is marked none', () => {
    expect(slideSourceProblems(slide({}))[0]).toMatch(/^slide 7 "A slide" \(pages\/eu\.md\) has no sources: give "sources: \[article, …\]"/)
    expect(slideSourceProblems(slide({}, '# Trade\n\n<TradeChart :step="$clicks" />'))).toEqual([])
    expect(slideSourceProblems(slide({ sources: 'none' }))).toEqual([])
    expect(slideSourceProblems(slide({ sources: [] }))[0]).toMatch(/must be a list of source ids/)
    expect(slideSourceProblems(slide({
      sources: ['article', 'S11'],
    }))).toEqual([])
  })
})
