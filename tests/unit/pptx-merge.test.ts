import { describe, expect, it } from 'vitest'
import { fallbackScale, mergeLineFragments, wrappedLines } from '../../export/pptx-merge'

/** A text box as Slidev's editable export writes it, at (x, y) pt, w × h pt, one paragraph. */
function box(id: number, [x, y, w, h]: number[], text: string, size = 744): string {
  const emu = (pt: number): number => Math.round(pt * 12_700)
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id}"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr></p:nvSpPr>`
    + `<p:spPr><a:xfrm><a:off x="${emu(x!)}" y="${emu(y!)}"/><a:ext cx="${emu(w!)}" cy="${emu(h!)}"/></a:xfrm></p:spPr>`
    + `<p:txBody><a:bodyPr wrap="square"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="${id === 3
      ? 'ctr'
      : 'l'}"><a:buNone/></a:pPr>`
      + `<a:r><a:rPr lang="en-US" sz="${size}" dirty="0"/><a:t>${text}</a:t></a:r><a:endParaRPr lang="en-US" sz="${size}" dirty="0"/></a:p></p:txBody></p:sp>`
}

const slide = (...shapes: string[]): string => `<p:sld><p:cSld><p:spTree>${shapes.join('')}</p:spTree></p:cSld></p:sld>`
function shapes(xml: string): string[] {
  return [
    ...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g),
  ].map(m => m[0])
}
function texts(xml: string): string[] {
  return [
    ...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
  ]
    .map(([, p]) => [
      ...p!.matchAll(/<a:t[^>]*>([^<]*)<\/a:t>/g),
    ].map(m => m[1]).join(''))
}

describe('the editable PowerPoint: a wrapped entry cut into boxes is one box again (pptx-merge.ts)', () => {
  it('merges the boxes of one entry that start on its line and overlap across, in the page\'s order, set as the first', () => {
    const xml = mergeLineFragments(slide(
      box(1, [43, 91, 17, 10], 'S2'),
      box(2, [67, 91, 153, 10], 'Astana Times, “Tokayev in Sochi”, August 2022.'),
      box(3, [42, 91, 303, 21], 'astanatimes.com/2022/08/no-grounds'),
    ))
    expect(shapes(xml)).toHaveLength(1)
    expect(texts(xml)).toEqual(['S2 Astana Times, “Tokayev in Sochi”, August 2022. astanatimes.com/2022/08/no-grounds'])
    expect(xml).toContain(`<a:off x="${42 * 12_700}" y="${91 * 12_700}"/><a:ext cx="${303 * 12_700}" cy="${21 * 12_700}"/>`)
    expect(xml).toContain('algn="l"')
    expect(xml).not.toContain('algn="ctr"')
  })

  it('keeps a dollar figure as it is (a replacement string would read "$2" as a group)', () => {
    const xml = mergeLineFragments(slide(
      box(1, [43, 91, 17, 10], 'EU'),
      box(3, [42, 91, 303, 21], '$24.1 bn and $39.9 bn'),
    ))
    expect(texts(xml)).toEqual(['EU $24.1 bn and $39.9 bn'])
  })

  it('leaves stacked lines, and boxes side by side on one line, as they are', () => {
    const given = slide(
      box(1, [40, 100, 200, 20], 'TRADE WITH KAZAKHSTAN'),
      box(2, [40, 106, 180, 40], '$24.1 bn', 3600),
      box(4, [40, 150, 60, 12], 'Visits'),
      box(5, [104, 150, 60, 12], 'Trade'),
    )
    expect(mergeLineFragments(given)).toBe(given)
  })

  it('makes a column of such entries one list box, a paragraph an entry, set small enough for a wide fallback font', () => {
    const entry = (n: number, y: number): string[] => [
      box(n * 10, [43, y, 17, 10], `S${n}`),
      box(n * 10 + 1, [67, y, 150, 10], 'Kazinform, “Army Games 2022 awards in Kazakhstan”.'),
      box(n * 10 + 3, [42, y, 300, 21], 'inform.kz/en/winners-of-international-army-games-2022-awarded-in-kazakhstan_a3970461'),
    ]
    const xml = mergeLineFragments(slide(
      ...entry(2, 67),
      ...entry(3, 92),
      ...entry(4, 117),
      box(99, [42, 145, 400, 20], 'Every slide with its speaker notes', 1620),
    ))
    expect(shapes(xml)).toHaveLength(2)
    expect(texts(xml)).toEqual([
      expect.stringMatching(/^S2 Kazinform, .* inform\.kz\/en\/winners/),
      expect.stringMatching(/^S3 /),
      expect.stringMatching(/^S4 /),
      'Every slide with its speaker notes',
    ])
    // Three entries of three lines each in the fallback font do not fit the column's 74 pt at 7.44 pt.
    const sizes = [
      ...shapes(xml)[0]!.matchAll(/ sz="(\d+)"/g),
    ].map(m => Number(m[1]))
    expect(Math.max(...sizes)).toBeLessThan(744)
    expect(shapes(xml)[1]).toContain('sz="1620"')
  })

  it('counts lines as an office suite fills them: a word that does not fit starts a line, a long link is cut', () => {
    expect(wrappedLines('one two three', 20)).toBe(1)
    expect(wrappedLines('one two three', 8)).toBe(2)
    expect(wrappedLines(`Article. ${'x'.repeat(30)}`, 20)).toBe(3)
    expect(fallbackScale('<a:p><a:r><a:rPr sz="1000"/><a:t>short</a:t></a:r></a:p>', 200 * 12_700, 40 * 12_700)).toBe(1)
    expect(fallbackScale(`<a:p><a:r><a:rPr sz="1000"/><a:t>${'word '.repeat(200)}</a:t></a:r></a:p>`, 200 * 12_700, 40 * 12_700)).toBeLessThan(1)
  })
})
