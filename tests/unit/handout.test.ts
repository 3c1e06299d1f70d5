// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { coverHtml, coverLines, footerHtml } from '../../export/handout-cover'
import { columnWidth, margin, papers } from '../../export/handout-layout'

const input = {
  deck: [],
  paper: 'letter' as const,
  title: 'A test deck: <one> & two',
  subtitle: 'What it is',
  author: 'Test team',
  source: {
    title: 'An article',
    publisher: 'A paper',
    date: 'November 2022',
    url: 'https://example.org/a',
  },
  date: new Date(Date.UTC(2024, 0, 2)),
}

describe('handout cover and footer', () => {
  it('says what it is, when it was made, the source article and how to cite the deck', () => {
    const text = coverLines(input).map(([, t]) => t).join('\n')
    expect(text).toContain('What it is')
    expect(text).toContain('Handout: every slide with its speaker notes')
    expect(text).toContain('Made on 2 January 2024 by the Test team')
    expect(text).toContain('A paper, “An article”, November 2022. https://example.org/a')
    expect(text).toMatch(/How to cite this deck\nTest team, “A test deck: <one> & two”, slide deck with speaker notes, 2 January 2024\. Based on A paper, “An article”, November 2022\./)
  })

  it('escapes the words it puts into the page', () => {
    const html = coverHtml(input)
    expect(html).toContain('A test deck: &lt;one&gt; &amp; two')
    expect(html).not.toContain('<one>')
    expect(footerHtml(input.title, margin)).toContain('A test deck: &lt;one&gt; &amp; two')
  })

  it('numbers the pages "Page n of N" in the footer (Chromium fills the spans)', () => {
    expect(footerHtml('t', margin)).toMatch(/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/)
  })

  it('lays the reader view out at the width of the text column of each paper', () => {
    expect(columnWidth('a4')).toBe(Math.floor((papers.a4[0] - 2 * margin) / 0.75))
    expect(columnWidth('letter')).toBeGreaterThan(columnWidth('a4'))
  })
})
