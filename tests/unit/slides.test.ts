import type { DeckSlide } from '../../export/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../export/deck'

let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

/** The markdown a slide shows, without its notes. */
function body(s: DeckSlide): string {
  return s.content.replace(/<!--[\s\S]*?-->/g, '')
}

/** `[click]` markers in the notes: the presenter view highlights the sentence of each click step. */
function clickMarkers(note: string): number {
  return note.match(/\[click\]/g)?.length ?? 0
}

/** Elements revealed one click each (`v-click` on an element; `<v-clicks>` is not used in this deck). */
function vClicks(s: DeckSlide): number {
  return body(s).match(/\sv-click(?=[\s>])/g)?.length ?? 0
}

describe('click steps and the presenter view', () => {
  it('declares the clicks of every slide that has click steps', () => {
    for (const s of deck) {
      const stepped = vClicks(s) > 0 || /:step="\$clicks"/.test(body(s))
      if (stepped)
        expect(s.frontmatter.clicks, `slide ${s.no} "${s.title}" has click steps but no clicks: in its frontmatter`).toBeTypeOf('number')
      expect(body(s), `slide ${s.no}: <v-clicks> hides its count; use v-click on each element`).not.toMatch(/<v-clicks/)
    }
  })

  it('reveals exactly the declared clicks with v-click when no chart takes the steps', () => {
    for (const s of deck) {
      if (typeof s.frontmatter.clicks !== 'number' || /:step="\$clicks"/.test(body(s)))
        continue
      expect(vClicks(s), `slide ${s.no} "${s.title}"`).toBe(s.frontmatter.clicks)
    }
  })

  it('puts one [click] marker in the notes for each click step, and none on a slide without steps', () => {
    for (const s of deck) {
      const clicks = typeof s.frontmatter.clicks === 'number'
        ? s.frontmatter.clicks
        : 0
      expect(clickMarkers(s.note), `slide ${s.no} "${s.title}" has ${clicks} click steps`).toBe(clicks)
    }
  })

  it('counts markers the way the test means (the check can fail)', () => {
    expect(clickMarkers('Intro.\n\n[click] One.\n\n[click] Two.')).toBe(2)
    expect(clickMarkers('No steps here.')).toBe(0)
  })
})
