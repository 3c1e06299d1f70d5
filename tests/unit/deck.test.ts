import type { DeckSlide } from '../../export/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { quoteOfPower } from '../../charts/power-glance'
import { RELATIONS_MATRIX_STEPS } from '../../charts/relations-matrix'
import { ROUTE_MAP_STEPS } from '../../charts/route-map'
import { TRADE_CHART_STEPS } from '../../charts/trade-chart'
import { VISIT_TIMELINE_STEPS } from '../../charts/visit-timeline'
import { claims, missingClaims } from '../../data/claims'
import { routeCargo } from '../../data/places'
import { powerById, visitingPowerIds } from '../../data/powers'
import { quotes } from '../../data/quotes'
import { statisticsLabel, trade } from '../../data/trade'
import { loadDeck, projectRoot } from '../../export/deck'
import { slideSourceProblems } from '../../setup/slide-sources'
import { staleFigures, tradeFigures } from './notes-figures'

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

  it('gives every slide one h1 heading (the title slide\'s is the deck\'s title, drawn by its layout)', () => {
    for (const s of deck) {
      const h1 = s.content.split('\n').filter(l => /^# \S/.test(l))
      expect(h1, `slide ${s.no} (${s.file})`).toHaveLength(s.frontmatter.layout === 'cover'
        ? 0
        : 1)
      expect(s.title, `slide ${s.no} (${s.file})`).not.toBe('')
    }
    expect(deck[0]!.frontmatter.layout).toBe('cover')
  })

  it('has speaker notes of 60–170 words on every slide', () => {
    for (const s of deck) {
      const n = wordCount(s.note)
      expect(n, `slide ${s.no} "${s.title}" has ${n} words of notes`).toBeGreaterThanOrEqual(60)
      expect(n, `slide ${s.no} "${s.title}" has ${n} words of notes`).toBeLessThanOrEqual(170)
    }
  })

  it('shows all three quotations, on the chapter opener of the power quoted', () => {
    for (const q of quotes) {
      const powers = Object.entries(quoteOfPower).filter(([, id]) => id === q.id).map(([power]) => power)
      const shown = deck.some(s => s.frontmatter.layout === 'chapter' && powers.includes(String(s.frontmatter.power)))
      expect(shown, `quotation ${q.id} is on no chapter opener (layout: chapter, power: ${powers.join(' or ')})`).toBe(true)
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

  it('names its sources in every slide\'s frontmatter, with ids that data/sources.ts has', () => {
    expect(deck.flatMap(slideSourceProblems)).toEqual([])
    expect(deck.filter(s => Array.isArray(s.frontmatter.sources)).length).toBeGreaterThan(10)
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
  /** The talk as claims are looked for in it: a chapter opener reads "chapter: <power>". */
  const talkText = () => deck.map(s => `${s.frontmatter.layout === 'chapter'
    ? `chapter: ${String(s.frontmatter.power)}`
    : ''}\n${s.content}\n${s.note}`)
    .join('\n')
    .replace(/[‘’]/g, '\'')

  it('carries every claim of the claim list (data/claims.ts)', () => {
    const text = talkText()
    expect(missingClaims(text, 'inTalk')).toEqual([])
    expect(missingClaims('Within two months', 'inTalk', claims.slice(0, 1))).toEqual([
      expect.stringMatching(/^Claim A1 \("Within two months, .*"\) is no longer in the slides or their notes \(missing: \/Great Powers\/\)\. Put it on another slide, or, for a shorter talk, remove A1 from data\/claims\.ts\.$/),
    ])
  })

  it('takes every claim of the list from the fact sheet, in its words', () => {
    const said = Object.fromEntries([
      ...facts.matchAll(/^- ([ACERUO]\d+) (.*)$/gm),
    ].map(m => [
      m[1],
      m[2]!.trim(),
    ]))
    expect(Object.keys(said).length).toBeGreaterThan(25)
    for (const c of claims)
      expect(said[c.id], `${c.id} in data/claims.ts is not a claim of docs/facts.md`).toBe(c.says)
  })

  it('states no number that neither the fact sheet nor data/ has', () => {
    const data = readdirSync(join(projectRoot, 'data')).filter(f => f.endsWith('.ts')).map(f => readFileSync(join(projectRoot, 'data', f), 'utf8')).join('\n')
    const known = new Set([
      ...facts.match(/\d+(?:\.\d+)?/g)!,
      ...data.match(/\d+(?:\.\d+)?/g)!,
    ])
    for (const s of deck) {
      const visible = s.content.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')
      const text = `${visible}\n${s.note}`
      for (const n of text.match(/\d+(?:\.\d+)?/g) ?? [])
        expect(known.has(n), `slide ${s.no} (${s.file}) states ${n}, which neither docs/facts.md nor data/ has`).toBe(true)
    }
  })

  const kinds = () => [
    tradeFigures(trade),
    {
      pattern: /(\d+(?:\.\d+)?) million tonnes/g,
      unit: 'million tonnes',
      file: 'data/places.ts',
      records: [
        {
          value: routeCargo.millionTonnes,
          name: `route cargo ${routeCargo.year}: ${routeCargo.millionTonnes} million tonnes`,
          words: ['cargo'],
        },
      ],
    },
    {
      pattern: /(\d+(?:\.\d+)?) times/g,
      unit: 'times',
      file: 'data/places.ts',
      records: [
        {
          value: routeCargo.timesPreviousYear,
          name: `route cargo ${routeCargo.year}: ${routeCargo.timesPreviousYear} times the year before`,
          words: ['cargo'],
        },
      ],
    },
  ]

  it('says in the speaker notes only the figures that data/ holds', () => {
    expect(staleFigures(deck, kinds())).toEqual([])
    expect(deck.map(s => s.note).join(' ').match(/\d+(?:\.\d+)? billion/g)!.length).toBeGreaterThan(10)
  })

  it('names the slide, the stale figure and the records when a figure in data/ changes', () => {
    const notes = deck.map(s => s.note).join('\n')
    const said = trade.find(r => notes.includes(` ${r.value} billion`))!
    const changed = trade.map(r => r === said
      ? { ...r, value: Math.round(r.value * 10 + 12) / 10 }
      : r)
    const stale = staleFigures(deck, [
      tradeFigures(changed),
    ])
    expect(stale.length).toBeGreaterThan(0)
    const figure = String(said.value).replace('.', '\\.')
    expect(stale[0]).toMatch(new RegExp(`^slide \\d+ ".+" \\(.+\\.md\\): its notes say "${figure} billion", which no record of data/trade\\.ts holds`))
    expect(stale.join('\n')).toContain(`${powerById[said.partner].name} ${said.year}, ${statisticsLabel[said.statistics]}: ${changed.find(r => r.partner === said.partner && r.year === said.year && r.statistics === said.statistics)!.value}`)
  })
})
