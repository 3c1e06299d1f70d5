import type { Browser, Page } from 'playwright-core'
import type { RoomFailure, SlideMeasure, SlideRow } from '../../tools/room/rules'
import type { StaticServer } from '../../tools/serve'
import type { ServedDeck } from './helpers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureSlide, settle } from '../../tools/room/measure'
import { roomFailures, rules } from '../../tools/room/rules'
import { serveStatic } from '../../tools/serve'
import { servedDeck } from './helpers'

/**
 * The room rules' measure (tools/room/) sees each kind of violation: made-up slides put into the built
 * deck. The deck's own slides are measured in every-slide.test.ts, in the walk the other checks share.
 */

let server: StaticServer
let browser: Browser
let opened: ServedDeck<StaticServer>

function messages(failures: RoomFailure[], rule: RoomFailure['rule']): string[] {
  return failures.filter(f => f.rule === rule).map(f => f.message)
}

beforeAll(async () => {
  opened = await servedDeck(serveStatic)
  server = opened.server
  browser = opened.browser
})

afterAll(async () => {
  await opened?.close()
})

describe('the measure sees a violation (made-up slides in the built deck)', () => {
  let page: Page

  /** Replaces slide 1's layout with the default layout holding `html`, and measures it. */
  async function measureFixture(html: string): Promise<SlideRow> {
    await page.goto(`${server.url}1`)
    await settle(page)
    await page.evaluate((content) => {
      const layout = document.querySelector('.slidev-page-1 .slidev-layout')
      if (!layout)
        throw new Error('slide 1 has no .slidev-layout')
      layout.className = 'slidev-layout default'
      layout.innerHTML = content
    }, html)
    await settle(page)
    const m: SlideMeasure = await measureSlide(page)
    return { no: 1, title: 'Fixture', ...m }
  }

  const words = (n: number, word = 'word'): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ')

  beforeAll(async () => {
    page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
    })
  })

  afterAll(async () => {
    await page?.close()
  })

  it('reports a half-empty slide: a title and one line leave the lower half empty', async () => {
    const m = await measureFixture('<h1>A title</h1><p style="font-size: 24px">One line of text.</p>')
    expect(m.band).toBeGreaterThan(0.5)
    expect(m.bandAt![1]).toBeCloseTo(m.height * (1 - rules.footerZone), 0)
    expect(messages(roomFailures([m]), 'band')).toEqual([
      expect.stringMatching(/^slide 1 "Fixture": an empty band of \d+\.\d %/),
    ])
  })

  it('reports an empty band between two blocks, and counts a card with a background as filled', async () => {
    const gap = await measureFixture(`<h1>Top</h1><p>First block.</p>
      <div style="height: 200px"></div><p>Last block.</p>`)
    expect(gap.bandAt![0]).toBeLessThan(200)
    expect(gap.band * gap.height).toBeGreaterThanOrEqual(199)
    const card = await measureFixture(`<h1>Top</h1><p>First block.</p>
      <div style="height: 300px; background: #e5e7eb"></div><p>Last block.</p>`)
    expect(card.band).toBeLessThan(gap.band)
  })

  it('counts only body text: headings, chart text, the source line, hidden and sr-only text are not words', async () => {
    const m = await measureFixture(`<h1>${words(12, 'heading')}</h1>
      <p>${words(45)}</p>
      <p><span class="power-tag"><span aria-hidden="true">C</span>China</span></p>
      <p class="sr-only">${words(20, 'hidden')}</p>
      <p style="opacity: 0">${words(20, 'invisible')}</p>
      <svg width="400" height="60" viewBox="0 0 400 60"><text x="0" y="30" font-size="16">${words(5, 'chart')}</text></svg>
      <p class="source-line">Source: ${words(25, 'source')}</p>`)
    expect(m.words).toBe(46)
    expect(m.wordText.split(' ').at(-1)).toBe('China')
    expect(messages(roomFailures([m]), 'words')).toEqual([
      'slide 1 "Fixture": 46 words of body text, more than 40',
    ])
    expect(messages(roomFailures([
      m,
      { ...m, no: 2 },
      { ...m, no: 3, words: 0 },
    ]), 'median')).toHaveLength(1)
  })

  it('finds small type in HTML and in a scaled-down chart, and exempts source lines', async () => {
    const html = await measureFixture(`<h1>Title</h1><p style="font-size: 12px">tiny note</p>
      <p class="source-line" style="font-size: 8px">Source: a small line</p>`)
    expect(html.minFont).toBeCloseTo(12, 1)
    expect(html.minFontText).toContain('tiny note')
    // 20 user units in a 1000-unit-wide viewBox drawn 490 px wide: 9.8 px on the canvas.
    const chart = await measureFixture(`<h1>Title</h1><p>Big enough text.</p>
      <svg viewBox="0 0 1000 100" style="width: 490px; display: block"><text x="0" y="50" font-size="20">small chart label</text>
      <text class="chart-source" x="0" y="90" font-size="10">Source: exempt</text></svg>`)
    expect(chart.minFont).toBeCloseTo(9.8, 1)
    expect(chart.minFontText).toContain('small chart label')
    expect(messages(roomFailures([chart]), 'font')).toEqual([
      expect.stringContaining('text of 9.8 px, under 14 px: "small chart label"'),
    ])
  })

  it('finds graphics of 4 % of the frame and tells an accessible one from one without a name', async () => {
    const m = await measureFixture(`<h1>A chart slide</h1>
      <div style="display: flex; gap: 20px">
        <figure style="margin: 0"><svg role="img" aria-labelledby="t d" width="420" height="330" viewBox="0 0 420 330">
          <title id="t">A named chart</title><desc id="d">What it shows</desc><rect width="420" height="330" fill="#ccc" /></svg>
          <table class="sr-only"><tr><td>1</td></tr></table></figure>
        <svg width="420" height="330"><rect width="420" height="330" fill="#999" /></svg>
        <svg width="40" height="40"><rect width="40" height="40" fill="#999" /></svg>
      </div>`)
    expect(m.graphics.map(g => [g.kind, g.name, g.accessible])).toEqual([
      ['svg', 'A named chart What it shows', true],
      ['svg', '', false],
    ])
    expect(m.graphics[0]!.area).toBeCloseTo(420 * 330 / (m.width * m.height), 2)
    expect(m.band).toBeLessThan(rules.maxBand)
    const rows = Array.from({ length: rules.minGraphicSlides - 1 }, (_, i) => ({ ...m, no: i + 1 }))
    expect(messages(roomFailures(rows), 'graphics')).toEqual([
      expect.stringMatching(/^11 slides have an accessible graphic .* fewer than 12; not accessible: slide 1 \(svg without name\)/),
    ])
    expect(messages(roomFailures([
      ...rows,
      { ...m, no: 12 },
    ]), 'graphics')).toEqual([])
  })
})
