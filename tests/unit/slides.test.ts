import type { DeckSlide } from '../../export/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../export/deck'

let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

/** The markdown a slide shows, without its notes. */
function body(s: { content: string }): string {
  return s.content.replace(/<!--[\s\S]*?-->/g, '')
}

/** `[click]` markers in the notes: the presenter view highlights the sentence of each click step. */
function clickMarkers(note: string): number {
  return note.match(/\[click\]/g)?.length ?? 0
}

/** A chart that steps by `$clicks` declares its steps as `clicks:`; Slidev counts nothing there. */
const stepsByClicks = (s: { content: string }): boolean => /:step="\$clicks"/.test(body(s))

/**
 * The click steps Slidev counts by itself: one per `v-click` attribute or `<v-click>` block, one per
 * top-level list item inside `<v-clicks>`.
 */
function countedClicks(s: { content: string }): number {
  const text = body(s)
  const lists = [
    ...text.matchAll(/<v-clicks>([\s\S]*?)<\/v-clicks>/g),
  ]
    .reduce((n, m) => n + (m[1]!.match(/^- /gm)?.length ?? 0), 0)
  const singles = text.match(/<v-click>|\sv-click(?=[\s>])/g)?.length ?? 0
  return lists + singles
}

function steps(s: DeckSlide): number {
  return stepsByClicks(s)
    ? Number(s.frontmatter.clicks ?? 0)
    : countedClicks(s)
}

describe('click steps and the presenter view', () => {
  it('declares clicks: only for a chart that steps by $clicks (Slidev counts v-click and v-clicks)', () => {
    for (const s of deck) {
      if (stepsByClicks(s))
        expect(s.frontmatter.clicks, `slide ${s.no} "${s.title}": its chart steps by $clicks; give clicks: in its frontmatter`).toBeTypeOf('number')
      else
        expect(s.frontmatter.clicks, `slide ${s.no} "${s.title}": drop clicks:, Slidev counts the v-click steps itself`).toBeUndefined()
    }
  })

  it('puts one [click] marker in the notes for each click step, and none on a slide without steps', () => {
    for (const s of deck)
      expect(clickMarkers(s.note), `slide ${s.no} "${s.title}" (${s.file}) has ${steps(s)} click steps and ${clickMarkers(s.note)} [click] markers in its notes: put one [click] before what to say at each step`).toBe(steps(s))
    expect(deck.filter(s => steps(s) > 0 && !stepsByClicks(s)).length).toBeGreaterThanOrEqual(4)
  })

  it('counts markers and steps the way the test means (the check can fail)', () => {
    expect(clickMarkers('Intro.\n\n[click] One.\n\n[click] Two.')).toBe(2)
    expect(clickMarkers('No steps here.')).toBe(0)
    expect(countedClicks({ content: '<v-clicks>\n\n- a\n- b\n  - nested\n- c\n\n</v-clicks>\n\n<v-click>\n\nx\n\n</v-click>' })).toBe(4)
    expect(countedClicks({ content: '<p v-click>x</p>\n<!-- <v-click> in notes -->' })).toBe(1)
  })
})
