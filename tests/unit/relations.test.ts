import type { Relation } from '../../data/relations'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { visitingPowerIds } from '../../data/powers'
import { PHRASE_MAX_CHARS, PHRASE_MAX_WORDS, relationAspects, relations } from '../../data/relations'
import { DataError } from '../../data/schema'
import { parseRelations } from '../../data/schemas/relations'
import { sourceIds } from '../../data/sources'
import { projectRoot } from '../../export/deck'

const FILE = 'data/relations.ts'
/** The project's copy of the fact sheet, as tests/unit/deck.test.ts reads it. */
const facts = readFileSync(join(projectRoot, 'docs/facts.md'), 'utf8')

/** The text of each claim of facts.md ("R5" → "Close defense ties: …"). */
const claimText = new Map([
  ...facts.matchAll(/^- ([ACERUO]\d+) (.+)$/gm),
].map(m => [m[1]!, m[2]!]))

/** Words of a phrase that carry meaning; the small words are left out. */
const smallWords = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'from',
  'to',
  'in',
  'on',
  'over',
  'with',
  'no',
  'not',
])
function keyWords(phrase: string): string[] {
  return (phrase.match(/[\p{L}\d][\p{L}\d-]*/gu) ?? []).filter(w => !smallWords.has(w.toLowerCase()))
}

const fixture = (): Record<string, unknown>[] => structuredClone(relations) as Record<string, unknown>[]
const stated = relations.filter((r): r is Extract<Relation, { status: 'stated' }> => r.status === 'stated')

/** Runs a parse and returns the DataError it throws (fails the test when it does not throw). */
function rejection(list: unknown[]): DataError {
  try {
    parseRelations(FILE, list)
  }
  catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return e as DataError
  }
  throw new Error('expected the data to be refused, but it was accepted')
}

describe('the real relations data', () => {
  it('parses, with one cell per visiting power and aspect', () => {
    expect(parseRelations(FILE, fixture())).toEqual(relations)
    expect(relations).toHaveLength(visitingPowerIds.length * relationAspects.length)
    for (const power of visitingPowerIds) {
      for (const aspect of relationAspects)
        expect(relations.filter(r => r.power === power && r.aspect === aspect), `${power} ${aspect}`).toHaveLength(1)
    }
    expect(new Set(relations.map(r => r.id)).size).toBe(relations.length)
  })

  it('keeps every phrase short enough for the room', () => {
    expect(stated.length).toBeGreaterThan(0)
    for (const r of stated) {
      const words = r.phrase.split(/\s+/).length
      expect(words, r.id).toBeGreaterThanOrEqual(2)
      expect(words, r.id).toBeLessThanOrEqual(PHRASE_MAX_WORDS)
      expect(r.phrase.length, r.id).toBeLessThanOrEqual(PHRASE_MAX_CHARS)
    }
  })

  it('cites claims that facts.md has, and the article for them', () => {
    expect(claimText.size).toBeGreaterThan(25)
    for (const r of stated) {
      for (const c of r.claims)
        expect(claimText.has(c), `${r.id} cites ${c}`).toBe(true)
      expect(r.sources, r.id).toContain('article')
      for (const s of r.sources)
        expect(sourceIds, r.id).toContain(s)
    }
  })

  it('words every phrase with the key words of the claims it cites', () => {
    for (const r of stated) {
      const text = r.claims.map(c => claimText.get(c) ?? '').join(' ')
      const words = keyWords(r.phrase)
      expect(words.length, r.id).toBeGreaterThan(0)
      for (const w of words) {
        // Words are letters, digits and hyphens only (keyWords), so they need no escaping.
        expect(new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'iu').test(text), `${r.id}: "${w}" is not in ${r.claims.join(', ')}`).toBe(true)
      }
    }
  })

  it('says "not covered" only where the power\'s claims in facts.md are silent on the aspect', () => {
    const section: Record<string, string> = {
      china: 'C',
      russia: 'R',
      eu: 'E',
      us: 'U',
    }
    const cues: Record<string, RegExp> = {
      defense: /defen[cs]e|military|army/i,
      seeks: /\bwants?\b|\bseeks?\b/i,
      friction: /protest|threat|displeased|challenge/i,
    }
    const notCovered = relations.filter(r => r.status === 'not-covered')
    for (const r of notCovered) {
      const own = [...claimText].filter(([id]) => id.startsWith(section[r.power]!)).map(([, text]) => text).join(' ')
      expect(own.length, r.power).toBeGreaterThan(0)
      expect(cues[r.aspect]!.test(own), `${r.id}: facts.md's ${r.power} claims do speak of ${r.aspect}`).toBe(false)
    }
    // The check can fail: the cue finds defense in the claims of every stated defense cell.
    const statedDefense = stated.filter(r => r.aspect === 'defense')
    expect(statedDefense.length).toBeGreaterThan(0)
    for (const r of statedDefense)
      expect(cues.defense!.test(r.claims.map(c => claimText.get(c)).join(' ')), r.id).toBe(true)
  })
})

describe('bad relation records are refused with file, record and field', () => {
  it('an unknown power', () => {
    const bad = fixture()
    bad[1]!.power = 'india'
    const e = rejection(bad)
    expect(e.message).toContain(FILE)
    expect(e.record).toBe(`#2 (india ${relations[1]!.aspect})`)
    expect(e.field).toBe('power')
    expect(e.detail).toContain('unknown power "india"')
  })

  it('kazakhstan, which is the host, not a visiting power', () => {
    const bad = fixture()
    bad[0]!.power = 'kazakhstan'
    expect(rejection(bad).field).toBe('power')
  })

  it('an unknown aspect', () => {
    const bad = fixture()
    bad[4]!.aspect = 'culture'
    const e = rejection(bad)
    expect(e.message).toMatch(new RegExp(`^data/relations\\.ts: record #5 \\(${relations[4]!.power} culture\\): field "aspect": unknown aspect "culture"`))
  })

  it('an unknown source id', () => {
    const bad = fixture()
    const i = relations.findIndex(r => r.status === 'stated')
    bad[i]!.sources = ['article', 'S99']
    const e = rejection(bad)
    expect(e.record).toBe(`#${i + 1} (${relations[i]!.power} ${relations[i]!.aspect})`)
    expect(e.field).toBe('sources.1')
    expect(e.detail).toContain('unknown source "S99"')
  })

  it('an empty phrase, or one of blanks', () => {
    const i = relations.findIndex(r => r.status === 'stated')
    for (const phrase of ['', '   ']) {
      const bad = fixture()
      bad[i]!.phrase = phrase
      const e = rejection(bad)
      expect(e.message).toContain(FILE)
      expect(e.record).toContain(`#${i + 1}`)
      expect(e.field).toBe('phrase')
      expect(e.detail).toBe('the phrase is empty')
    }
  })

  it('a phrase too long for a cell, in words or in characters', () => {
    const i = relations.findIndex(r => r.status === 'stated')
    const tooManyWords = Array.from({ length: PHRASE_MAX_WORDS + 1 }).fill('word').join(' ')
    const tooManyChars = `Extraordinarily ${'x'.repeat(PHRASE_MAX_CHARS)}`
    for (const phrase of [tooManyWords, tooManyChars]) {
      const bad = fixture()
      bad[i]!.phrase = phrase
      const e = rejection(bad)
      expect(e.field).toBe('phrase')
      expect(e.detail).toMatch(/too long for a cell/)
    }
  })

  it('a "not covered" cell that carries a phrase anyway', () => {
    const bad = fixture()
    const i = relations.findIndex(r => r.status === 'not-covered')
    bad[i]!.phrase = 'Something invented'
    const e = rejection(bad)
    expect(e.record).toContain(`#${i + 1}`)
    expect(e.detail).toContain('phrase')
  })

  it('a missing status', () => {
    const bad = fixture()
    delete bad[2]!.status
    const e = rejection(bad)
    expect(e.field).toBe('status')
    expect(e.detail).toMatch(/missing status/)
  })

  it('a missing cell, named by its power and aspect', () => {
    const bad = fixture()
    const [removed] = bad.splice(5, 1)
    const e = rejection(bad)
    expect(e.message).toContain(FILE)
    expect(e.record).toBe(`(missing: ${String(removed!.power)} ${String(removed!.aspect)})`)
    expect(e.field).toBe('aspect')
  })

  it('a duplicate cell (same power and aspect under another id)', () => {
    const bad = fixture()
    bad.push({ ...bad[3]!, id: 'second-cell' })
    const e = rejection(bad)
    expect(e.record).toBe(`#${bad.length} (second-cell)`)
    expect(e.field).toBe('aspect')
    expect(e.detail).toContain(`${relations[3]!.power} ${relations[3]!.aspect}`)
    expect(e.detail).toContain('record #4')
  })

  it('a duplicate id', () => {
    const bad = fixture()
    bad[2]!.id = relations[1]!.id
    const e = rejection(bad)
    expect(e.record).toBe(`#3 (${relations[1]!.id})`)
    expect(e.field).toBe('id')
  })

  it('an empty file', () => {
    expect(rejection([]).field).toBe('(file)')
  })
})
