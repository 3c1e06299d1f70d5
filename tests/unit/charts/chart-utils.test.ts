import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, frameHeight, sourceBlock, TYPE } from '../../../charts/frame'
import { textWidth, wrapText } from '../../../charts/text-measure'
import { citation, sources } from '../../../data/sources'

/** The source line and the frame height every chart shares. */
describe('source line and frame height', () => {
  const long = `Sources: ${sources.map(citation).join('; ')}.`

  it('wraps the source text to the chart width at the source size, 18 units apart by default', () => {
    const block = sourceBlock(long, 300)
    expect(block.lines).toEqual(wrapText(long, CHART_WIDTH, TYPE.source))
    expect(block.lines.length).toBeGreaterThan(1)
    for (const line of block.lines) expect(textWidth(line, TYPE.source)).toBeLessThanOrEqual(CHART_WIDTH)
    expect(block.lines.join(' ')).toBe(long)
    expect([block.y, block.lineHeight]).toEqual([300, 18])
    expect(sourceBlock(long, 300, 20).lineHeight).toBe(20)
  })

  it('ends the frame just below the last source line, in whole units', () => {
    const one = sourceBlock('Sources: one line.', 300.5)
    expect(one.lines).toHaveLength(1)
    const h = frameHeight(one)
    expect(Number.isInteger(h)).toBe(true)
    expect(h).toBeGreaterThan(one.y + TYPE.source * 0.22)
    expect(h - one.y).toBeLessThan(one.lineHeight)
    const many = sourceBlock(long, 300.5)
    expect(frameHeight(many) - h).toBe((many.lines.length - 1) * many.lineHeight)
  })
})
