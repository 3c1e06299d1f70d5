import type { DeckData } from '../../data/validate'
import { describe, expect, it } from 'vitest'
import { baseMap } from '../../data/map'
import { placeById, places, routeCargo, routeLegs } from '../../data/places'
import { powers, visitingPowerIds } from '../../data/powers'
import { quotes } from '../../data/quotes'
import { relations } from '../../data/relations'
import { DataError, parseRecords } from '../../data/schema'
import { parseLegs } from '../../data/schemas/places'
import { parseTrade } from '../../data/schemas/trade'
import { VisitSchema } from '../../data/schemas/visits'
import { sources } from '../../data/sources'
import { series, trade } from '../../data/trade'
import { deckData, validated, validateData } from '../../data/validate'
import { formatWhen, spanOf, visits } from '../../data/visits'

const clone = <T>(v: T): T => structuredClone(v)

/** Runs a parse and returns the DataError it throws (fails the test when it does not throw). */
function rejection(run: () => unknown): DataError {
  try {
    run()
  }
  catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return e as DataError
  }
  throw new Error('expected the data to be refused, but it was accepted')
}

describe('the real data', () => {
  it('passes the checks of every file, and the browser gets the records exactly as the checks give them back', () => {
    expect(validated).toStrictEqual(deckData)
    // The one default of the schemas, filled in by data/trade.ts for the browser.
    expect(trade.every(r => typeof r.article === 'boolean')).toBe(true)
  })

  it('loads every file', () => {
    expect(powers.map(p => p.id)).toEqual([
      'china',
      'russia',
      'eu',
      'us',
      'kazakhstan',
    ])
    expect(visits).toHaveLength(10)
    expect(trade).toHaveLength(9)
    expect(sources.map(s => s.id)).toContain('article')
    expect(quotes.map(q => q.id)).toEqual(['Q1', 'Q2', 'Q3'])
    expect(places.length).toBeGreaterThan(10)
    expect(routeLegs.length).toBeGreaterThan(5)
  })

  it('holds the one consistent series: 2022, Kazakh figures, for the four visiting powers', () => {
    const s = series(2022, 'kazakh')
    expect(s.map(r => r.partner).sort()).toEqual([...visitingPowerIds].sort())
    expect(s.map(r => r.value)).toEqual([
      ...s.map(r => r.value),
    ].sort((a, b) => b - a))
  })

  it('marks exactly one figure as the article\'s own', () => {
    expect(trade.filter(r => r.article)).toEqual([
      expect.objectContaining({ partner: 'russia', year: 2021 }),
    ])
  })

  it('cites only sources that exist', () => {
    const ids = new Set(sources.map(s => s.id))
    const cited = [
      ...trade.map(r => r.source),
      ...visits.flatMap(v => v.sources),
      ...quotes.flatMap(q => q.sources),
      ...routeLegs.flatMap(l => l.sources),
    ]
    for (const id of cited)
      expect(ids.has(id), `source ${id}`).toBe(true)
  })

  it('formats dates as the sources give them', () => {
    const byId = Object.fromEntries(visits.map(v => [v.id, v]))
    expect(formatWhen(byId.xi!.when)).toBe('14 September 2022')
    expect(formatWhen(byId['army-games']!.when)).toBe('13–27 August 2022')
    expect(formatWhen(byId['putin-call']!.when)).toBe('early August 2022')
    expect(formatWhen(byId.borrell!.when, false)).toBe('16–17 November')
    expect(spanOf(byId['lu-nov']!.when)).toEqual({ start: '2022-11-06', end: '2022-11-11' })
  })
})

describe('bad trade records are refused with file, record and field', () => {
  const base = () => clone(trade)

  it('a negative value', () => {
    const bad = base()
    bad[2]!.value = -18
    const e = rejection(() => parseTrade('data/trade.ts', bad))
    expect(e.message).toContain('data/trade.ts')
    expect(e.message).toContain('record #3 (china 2021 kazakh)')
    expect(e.message).toContain('field "value"')
    expect(e.message).toContain('cannot be negative')
  })

  it('a value that is not a number', () => {
    const bad: unknown[] = base()
    ;(bad[0] as Record<string, unknown>).value = '24.5'
    const e = rejection(() => parseTrade('data/trade.ts', bad))
    expect(e.message).toMatch(/data\/trade\.ts: record #1 \(russia 2021 kazakh\): field "value": expected a number/)
  })

  it('an unknown partner', () => {
    const bad: unknown[] = base()
    ;(bad[6] as Record<string, unknown>).partner = 'japan'
    const e = rejection(() => parseTrade('data/trade.ts', bad))
    expect(e.message).toContain('record #7 (japan 2022 kazakh)')
    expect(e.message).toContain('field "partner"')
  })

  it('a source id that does not exist', () => {
    const bad: unknown[] = base()
    ;(bad[1] as Record<string, unknown>).source = 'S99'
    const e = rejection(() => parseTrade('data/trade.ts', bad))
    expect(e.message).toContain('record #2 (russia 2022 kazakh)')
    expect(e.message).toContain('field "source"')
  })

  it('two figures for the same partner, year and statistics', () => {
    const bad = base()
    bad.push(clone(bad[0]!))
    const e = rejection(() => parseTrade('data/trade.ts', bad))
    expect(e.field).toBe('statistics')
  })

  it('an empty file', () => {
    const e = rejection(() => parseTrade('data/trade.ts', []))
    expect(e.message).toContain('holds no records')
  })
})

describe('bad visit records are refused with file, record and field', () => {
  const parse = (list: unknown[]) => parseRecords('data/visits.ts', VisitSchema, list)

  it('an impossible date', () => {
    const bad = clone(visits)
    bad[4]!.when = { precision: 'day', date: '2022-09-31' }
    const e = rejection(() => parse(bad))
    expect(e.message).toBe('data/visits.ts: record #5 (xi): field "when.date": not a real calendar date (expected YYYY-MM-DD)')
  })

  it('a date in the wrong format', () => {
    const bad = clone(visits)
    bad[0]!.when = { precision: 'day', date: '27/05/2022' }
    expect(rejection(() => parse(bad)).field).toBe('when.date')
  })

  it('a range that ends before it starts', () => {
    const bad = clone(visits)
    bad[8]!.when = { precision: 'range', start: '2022-11-17', end: '2022-11-16' }
    const e = rejection(() => parse(bad))
    expect(e.message).toContain('record #9 (borrell)')
    expect(e.message).toContain('field "when.end"')
    expect(e.message).toContain('ends before')
  })

  it('an unknown power', () => {
    const bad: unknown[] = clone(visits)
    ;(bad[6] as Record<string, unknown>).power = 'nato'
    const e = rejection(() => parse(bad))
    expect(e.message).toContain('record #7 (michel)')
    expect(e.field).toBe('power')
  })

  it('a source id that does not exist', () => {
    const bad = clone(visits)
    ;(bad[3]!.sources as string[]) = ['article', 'S1']
    const e = rejection(() => parse(bad))
    expect(e.message).toContain('record #4 (sochi)')
    expect(e.field).toBe('sources.1')
  })

  it('an unknown precision', () => {
    const bad: unknown[] = clone(visits)
    ;(bad[1] as Record<string, unknown>).when = { precision: 'late-month', month: '2022-08' }
    expect(rejection(() => parse(bad)).field).toBe('when.precision')
  })
})

describe('bad route legs are refused', () => {
  it('a leg to a place that does not exist', () => {
    const bad = clone(routeLegs)
    bad[0]!.to = 'atlantis'
    const e = rejection(() => parseLegs('data/places.ts', bad, placeById))
    expect(e.message).toBe('data/places.ts: record #1 (khorgos-kuryk): field "to": unknown place "atlantis"')
  })
})

describe('data/validate.ts checks every list of data/, naming its file', () => {
  /** The message validateData throws for the deck's data with one list changed. */
  function refusal(change: Partial<DeckData>): string {
    return rejection(() => validateData({
      ...deckData,
      ...change,
    })).message
  }
  const first = <T>(list: readonly T[], edit: Partial<T>): T[] => list.map((r, i) => i === 0
    ? {
        ...r,
        ...edit,
      }
    : r)

  it('accepts the deck\'s own data', () => {
    expect(() => validateData()).not.toThrow()
  })

  it('refuses a bad record in any of them', () => {
    expect(refusal({
      powers: first(powers, { glyph: 'CN' }),
    })).toMatch(/^data\/powers\.ts: record #1 \(china\): field "glyph"/)
    expect(refusal({
      sources: first(sources, { url: 'http://thediplomat.com/' }),
    })).toMatch(/^data\/sources\.ts: record #1 \(article\): field "url"/)
    expect(refusal({
      trade: first(trade, { value: -1 }),
    })).toBe('data/trade.ts: record #1 (russia 2021 kazakh): field "value": a trade value cannot be negative')
    expect(refusal({
      visits: first(visits, { label: '' }),
    })).toMatch(/^data\/visits\.ts: record #1 \(lu-may\): field "label"/)
    expect(refusal({
      quotes: first(quotes, { sources: [] }),
    })).toMatch(/^data\/quotes\.ts: record #1 \(Q1\): field "sources"/)
    expect(refusal({
      places: first(places, { lat: 91 }),
    })).toMatch(/^data\/places\.ts: record #1 \(astana\): field "lat"/)
    expect(refusal({
      legs: first(routeLegs, { mode: 'air' as never }),
    })).toMatch(/^data\/places\.ts: record #1 \(khorgos-kuryk\): field "mode"/)
    expect(refusal({
      cargo: { ...routeCargo, millionTonnes: 0 },
    })).toMatch(/^data\/places\.ts: record #1 \(route cargo\): field "millionTonnes"/)
    expect(refusal({
      relations: first(relations, { aspect: 'culture' as never }),
    })).toMatch(/^data\/relations\.ts: record #1 \(china culture\): field "aspect"/)
    expect(refusal({
      map: { ...baseMap, land: 'not a path' },
    })).toMatch(/^data\/map\.json: record \(map\): field "land"/)
  })

  it('runs the checks across records too: duplicate ids, and legs to places that the places list lacks', () => {
    expect(refusal({
      visits: [...visits, visits[0]!],
    })).toMatch(/^data\/visits\.ts: record #11 \(lu-may\): field "id": duplicate id/)
    expect(refusal({
      places: places.filter(p => p.id !== 'kuryk'),
    })).toBe('data/places.ts: record #1 (khorgos-kuryk): field "to": unknown place "kuryk"')
  })
})
