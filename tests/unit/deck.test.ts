import type { DeckSlide } from '../../export/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { quoteOfPower } from '../../charts/power-glance'
import { RELATIONS_MATRIX_STEPS } from '../../charts/relations-matrix'
import { ROUTE_MAP_STEPS } from '../../charts/route-map'
import { TRADE_CHART_STEPS } from '../../charts/trade-chart'
import { VISIT_TIMELINE_STEPS } from '../../charts/visit-timeline'
import { visitingPowerIds } from '../../data/powers'
import { quotes } from '../../data/quotes'
import { sourceIds } from '../../data/sources'
import { loadDeck, projectRoot } from '../../export/deck'

let deck: DeckSlide[]
beforeAll(async () => {
  deck = await loadDeck()
})

/** Words in a note, with markup and the HTML comment markers taken out. */
function wordCount(note: string): number {
  return note.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(w => /\w/.test(w)).length
}

describe('the deck as Slidev reads it (src: chapters resolved)', () => {
  it('has at least 14 slides', () => {
    expect(deck.length).toBeGreaterThanOrEqual(14)
  })

  it('has a chapter file per visiting power, imported from slides.md', () => {
    const files = new Set(deck.map(s => s.file))
    for (const power of visitingPowerIds)
      expect(files.has(`pages/${power}.md`), `pages/${power}.md`).toBe(true)
    const order = visitingPowerIds.map(p => deck.findIndex(s => s.file === `pages/${p}.md`))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('gives every slide one h1 heading', () => {
    for (const s of deck) {
      const h1 = s.content.split('\n').filter(l => /^# \S/.test(l))
      expect(h1, `slide ${s.no} (${s.file})`).toHaveLength(1)
    }
  })

  it('has speaker notes of 60–170 words on every slide', () => {
    for (const s of deck) {
      const n = wordCount(s.note)
      expect(n, `slide ${s.no} "${s.title}" has ${n} words of notes`).toBeGreaterThanOrEqual(60)
      expect(n, `slide ${s.no} "${s.title}" has ${n} words of notes`).toBeLessThanOrEqual(170)
    }
  })

  it('shows all three quotations, through QuoteCard or the chapter opener of the power quoted', () => {
    const text = deck.map(s => s.content).join('\n')
    for (const q of quotes) {
      const powers = Object.entries(quoteOfPower).filter(([, id]) => id === q.id).map(([power]) => power)
      const shown = new RegExp(`<QuoteCard\\s+id="${q.id}"`).test(text)
        || powers.some(p => new RegExp(`<PowerAtAGlance\\s+power="${p}"`).test(text))
      expect(shown, q.id).toBe(true)
    }
  })

  it('uses each chart, and gives a chart driven by clicks exactly as many clicks as it has steps', () => {
    const steps: Record<string, number> = {
      TradeChart: TRADE_CHART_STEPS,
      VisitTimeline: VISIT_TIMELINE_STEPS,
      RouteMap: ROUTE_MAP_STEPS,
      RelationsMatrix: RELATIONS_MATRIX_STEPS,
    }
    for (const name of Object.keys(steps))
      expect(deck.some(s => s.content.includes(`<${name}`)), name).toBe(true)
    for (const s of deck) {
      for (const [name, n] of Object.entries(steps)) {
        if (new RegExp(`<${name}[^>]*:step="\\$clicks"`).test(s.content))
          expect(s.frontmatter.clicks, `slide ${s.no}: ${name} has ${n} steps`).toBe(n)
      }
    }
  })

  it('ends with a sources slide listing the sources', () => {
    const last = deck.at(-1)!
    expect(last.title).toMatch(/sources/i)
    expect(last.content).toContain('<SourceList')
  })

  it('cites only source ids that exist', () => {
    const known = new Set<string>(sourceIds)
    const cited = deck.flatMap(s => [
      ...s.content.matchAll(/:ids="\[([^\]]*)\]"/g),
    ].flatMap(m => m[1]!.split(',')))
      .map(id => id.trim().replace(/'/g, ''))
      .filter(Boolean)
    expect(cited.length).toBeGreaterThan(0)
    for (const id of cited)
      expect(known.has(id), `unknown source id "${id}"`).toBe(true)
  })

  it('never types a trade figure on a slide: figures come from data/', () => {
    const figure = /\$\s?\d|\d+(?:\.\d+)?\s?(?:bn|billion)\b|\d+(?:\.\d+)?\s?%/i
    for (const s of deck) {
      const visible = s.content.replace(/<!--[\s\S]*?-->/g, '')
      expect(visible, `slide ${s.no} (${s.file})`).not.toMatch(figure)
    }
  })
})

describe('wording', () => {
  /** The spun terms of the received article copy (facts.md's table, left column); none may reach the deck. */
  const spun: RegExp[] = [
    /Nice Powers/i,
    /\bamerica\b/,
    /international coverage/i,
    /three a long time in the past/i,
    /Chinese language/i,
    /first international journey/i,
    /Convention on Interplay/i,
    /Confidence-Constructing/i,
    /phone name/i,
    /Excessive[- ]/i,
    /Excessive Consultant/i,
    /financial and enterprise leaders/i,
    /enterprise leaders/i,
    /\bin Could\b/,
    /Military Video games/i,
    /protection (?:ties|relations)/i,
    /\bcommerce\b/i,
    /Whole, Danon/i,
    /\bDanon\b/,
    /vitality/i,
    /Worldwide Monetary/i,
    /Make investments/i,
    /White Home/i,
    /winter section/i,
  ]

  function projectFiles(): string[] {
    const out = ['slides.md']
    for (const dir of [
      'pages',
      'data',
      'components',
      'setup',
      'styles',
    ]) {
      for (const f of readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })) {
        if (/\.(?:md|ts|vue|css|json)$/.test(f))
          out.push(join(dir, f))
      }
    }
    return out
  }

  it('checks a real set of files', () => {
    const files = projectFiles()
    expect(files).toContain('pages/china.md')
    expect(files).toContain('data/visits.ts')
    expect(files.some(f => f.startsWith('components/'))).toBe(true)
  })

  it('the spun test itself catches spun wording', () => {
    const sample = 'Chinese language chief Xi met america in Could.'
    expect(spun.filter(r => r.test(sample)).length).toBeGreaterThanOrEqual(3)
  })

  it('holds no spun wording in slides, pages, data, components, the README or the fact sheet copy', () => {
    for (const file of projectFiles()) {
      const text = readFileSync(join(projectRoot, file), 'utf8')
      for (const r of spun)
        expect(r.test(text), `${file} contains spun wording ${r}`).toBe(false)
    }
  })

  it('quotes every quotation verbatim from the fact sheet', () => {
    const facts = readFileSync(join(projectRoot, 'docs/facts.md'), 'utf8')
    for (const q of quotes)
      expect(facts, q.id).toContain(q.words)
  })
})

describe('facts', () => {
  const facts = readFileSync(join(projectRoot, 'docs/facts.md'), 'utf8')
  const deckText = () => deck.map(s => `${s.content}\n${s.note}`).join('\n').replace(/[‘’]/g, '\'')

  /** Each claim of the article (facts.md, sections A, C, R, E, U, O) and words that show it is in the deck. */
  const claims: Record<string, RegExp[]> = {
    A1: [/within two months/i, /Great Powers/],
    A2: [/three decades ago/, /tense, unpredictable|tense and unpredictable/],
    C1: [/first foreign trip/, /<QuoteCard id="Q1"|<PowerAtAGlance power="china"/],
    C2: [/profits? from trade and investment/, /protests/],
    C3: [/migrants/, /Xinjiang/, /buying land/],
    R1: [/sixth/i, /Conference on Interaction and Confidence-Building Measures in Asia/, /<VisitDate id="putin-cica"|<PowerAtAGlance power="russia"/],
    R2: [
      /Sochi/,
      /telephone call/i,
      /<VisitDate id="putin-call"|<PowerAtAGlance power="russia"/,
      /early (?:in )?August/i,
    ],
    R3: [/two largest neighbours/, /constant/],
    R4: [/<TradeFigure partner="russia" :year="2021"|<TradeChart focus="russia"/, /24\.5 billion/],
    R5: [/Army Games/, /defense ties/],
    R6: [/refrained from openly supporting/, /threats/],
    E1: [/Charles Michel/, /<QuoteCard id="Q2"|<PowerAtAGlance power="eu"/, /<VisitDate id="michel"|<PowerAtAGlance power="eu"/],
    E2: [/Josep Borrell/, /<VisitDate id="borrell"|<PowerAtAGlance power="eu"/],
    E3: [/energy reserves/, /Eni/, /since 1992/],
    E4: [
      /TotalEnergies/,
      /Danone/,
      /Alstom/,
      /Orano/,
      /roadmap for economic cooperation/,
    ],
    E5: [
      /manufacturing/,
      /banking and finance/,
      /wheat and barley/,
      /cyber sector/,
    ],
    E6: [/Astana International Financial Centre/, /Kazakh Invest/, /success remains limited/],
    E7: [/Brussels is willing/, /consolidate new agreements/],
    E8: [/win-win/, /without angering Russia/],
    E9: [/Trans-Caspian/, /European market/],
    U1: [
      /Donald Lu/,
      /Turkmenistan/,
      /Uzbekistan/,
      /<QuoteCard id="Q3"|<PowerAtAGlance power="us"/,
    ],
    U2: [/<VisitDate id="lu-may"|<PowerAtAGlance power="us"/],
    U3: [/cordial/, /almost non-existent/],
    U4: [/catalyst/, /White House/, /Congress/],
    U5: [/look(?:ing)? to Europe/],
    O1: [/winter phase/, /radical switch/],
    O2: [/rough seas/, /finesse and foresight/],
    O3: [/shift dramatically/, /opportunities for strong trade and investment/],
    O4: [/capitalise on this geopolitical shift/],
  }

  it('holds every claim of the article', () => {
    const text = deckText()
    const missing = Object.entries(claims).flatMap(([id, patterns]) => patterns.filter(p => !p.test(text)).map(p => `${id}: ${p}`))
    expect(missing).toEqual([])
  })

  it('lists every claim of facts.md in that check', () => {
    const ids = [
      ...facts.matchAll(/^- ([ACERUO]\d+) /gm),
    ].map(m => m[1])
    expect(ids.length).toBeGreaterThan(25)
    expect(Object.keys(claims).sort()).toEqual([...ids].sort())
  })

  it('states no number that the fact sheet does not have', () => {
    const known = new Set(facts.match(/\d+(?:\.\d+)?/g))
    for (const s of deck) {
      const visible = s.content.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')
      const text = `${visible}\n${s.note}`
      for (const n of text.match(/\d+(?:\.\d+)?/g) ?? [])
        expect(known.has(n), `slide ${s.no} (${s.file}) states ${n}`).toBe(true)
    }
  })
})
