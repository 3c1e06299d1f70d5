import type { Box } from '../../charts/cover-arcs'
import type { CoverHeroLayout } from '../../charts/cover-hero'
import type { Visit } from '../../data/visits'
import { mount } from '@vue/test-utils'
import { geoAzimuthalEquidistant, geoDistance } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { bowSides, HERO_ASTANA_R, HERO_GLYPH_R } from '../../charts/cover-arcs'
import { bearing, compassPoint, distanceKm, heroVectors } from '../../charts/cover-geodesy'
import { HERO_PAD, layoutCoverHero } from '../../charts/cover-hero'
import CoverHero from '../../components/CoverHero.vue'
import { powerById, visitingPowerIds } from '../../data/powers'
import { formatWhen, spanOf, visits } from '../../data/visits'

function layout(options: Parameters<typeof layoutCoverHero>[0] = {}): CoverHeroLayout {
  const result = layoutCoverHero(options)
  if (!result.ok)
    throw new Error(result.error)
  return result.layout
}

const astana = powerById.kazakhstan
/** The visiting powers the data has in the two-month window, and their visits there in date order. */
const inWindow = visitingPowerIds
  .map(id => ({
    id,
    visits: visits.filter(v => v.inWindow && v.power === id).sort((a, b) => spanOf(a.when).start.localeCompare(spanOf(b.when).start)),
  }))
  .filter(p => p.visits.length > 0)

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
function disc(x: number, y: number, r: number): Box {
  return {
    x0: x - r,
    y0: y - r,
    x1: x + r,
    y1: y + r,
  }
}
const inside = (b: Box, w: number, h: number) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h

describe('geodesy', () => {
  // An independent check: the direction of each capital on d3-geo's azimuthal equidistant projection
  // centred on Astana (the projection keeps directions from its centre true).
  const projection = geoAzimuthalEquidistant().rotate([-astana.lon, -astana.lat]).translate([0, 0]).scale(1)

  it('gives each capital the bearing it has on an azimuthal projection centred on Astana', () => {
    for (const id of visitingPowerIds) {
      const p = powerById[id]
      const [x, y] = projection([p.lon, p.lat])!
      const expected = (Math.atan2(x, -y) * 180 / Math.PI + 360) % 360
      expect(bearing(astana, p)).toBeCloseTo(expected, 6)
      expect(distanceKm(astana, p)).toBeCloseTo(geoDistance([astana.lon, astana.lat], [p.lon, p.lat]) * 6371, 3)
    }
  })

  it('names the compass point of a bearing', () => {
    expect(compassPoint(0)).toBe('north')
    expect(compassPoint(92)).toBe('east')
    expect(compassPoint(296)).toBe('west-northwest')
    expect(compassPoint(359)).toBe('north')
  })

  it('bows two arcs from almost the same direction to opposite sides', () => {
    expect(bowSides([296.2, 296.9])).toEqual([-1, 1])
    expect(bowSides([296.9, 296.2])).toEqual([1, -1])
  })
})

describe('cover hero layout', () => {
  const l = layout()
  const at = (p: { x: number, y: number }) => ({ x: p.x - l.centre.x, y: p.y - l.centre.y })

  it('draws one vector per visiting power with a visit in the window', () => {
    expect(l.arcs.map(a => a.vector.power)).toEqual(inWindow.map(p => p.id))
    expect(l.arcs.length).toBeGreaterThan(0)
  })

  it('starts each vector in the direction of its capital as seen from Astana', () => {
    for (const a of l.arcs) {
      const p = at(a.tail)
      const drawn = (Math.atan2(p.x, -p.y) * 180 / Math.PI + 360) % 360
      expect(drawn).toBeCloseTo(bearing(astana, powerById[a.vector.power]), 6)
    }
  })

  it('makes the vector of a more distant capital longer', () => {
    const byDistance = [...l.arcs].sort((a, b) => a.vector.distanceKm - b.vector.distanceKm)
    const lengths = byDistance.map(a => Math.hypot(at(a.tail).x, at(a.tail).y))
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b))
    expect(new Set(lengths).size).toBe(lengths.length)
  })

  it('ends every arrow on Astana\'s disc', () => {
    for (const a of l.arcs) {
      const tip = a.head.split(' ')[0]!.split(',').map(Number)
      expect(Math.hypot(tip[0]!, tip[1]!)).toBeCloseTo(HERO_ASTANA_R + 4, 1)
    }
  })

  it('labels each vector with the power and the dates of its visits in the window, read from data', () => {
    for (const p of inWindow) {
      const label = l.labels.find(x => x.power === p.id)!
      expect(label.name.text).toBe(powerById[p.id].short)
      expect(label.dates.map(d => d.text)).toEqual(p.visits.map(v => formatWhen(v.when, false)))
    }
  })

  it('keeps every label, disc and arc inside the frame, and no label on another, on a disc or on an arc', () => {
    for (const options of [
      {},
      { width: 980, height: 551 },
      { width: 560, height: 551 },
      { width: 420, height: 420 },
    ]) {
      const k = layout(options)
      const discs = [
        disc(k.centre.x, k.centre.y, HERO_ASTANA_R),
        ...k.arcs.map(a => disc(a.tail.x, a.tail.y, HERO_GLYPH_R)),
      ]
      for (const d of discs) expect(inside(d, k.width, k.height)).toBe(true)
      for (const a of k.arcs) {
        for (const s of a.samples)
          expect(inside(disc(s.x, s.y, 3), k.width, k.height)).toBe(true)
      }
      k.labels.forEach((label, i) => {
        expect(inside(label.box, k.width, k.height), `${label.power} in ${k.width} × ${k.height}`).toBe(true)
        k.labels.forEach((other, j) => {
          if (j !== i)
            expect(overlap(label.box, other.box), `${label.power} on ${other.power}`).toBe(false)
        })
        for (const d of discs) expect(overlap(label.box, d)).toBe(false)
        for (const a of k.arcs) {
          for (const s of a.samples)
            expect(overlap(label.box, disc(s.x, s.y, 3)), `${label.power} on the ${a.vector.power} arc`).toBe(false)
        }
      })
      // The discs keep apart too.
      for (let i = 0; i < discs.length; i++) {
        for (let j = i + 1; j < discs.length; j++)
          expect(overlap(discs[i]!, discs[j]!)).toBe(false)
      }
    }
  })

  it('fills its frame: the drawing reaches two opposite padded edges', () => {
    for (const options of [
      {},
      { width: 980, height: 551 },
    ]) {
      const k = layout(options)
      const boxes = [
        ...k.labels.map(x => x.box),
        disc(k.centre.x, k.centre.y, HERO_ASTANA_R),
      ]
      const x0 = Math.min(...boxes.map(b => b.x0))
      const x1 = Math.max(...boxes.map(b => b.x1))
      const y0 = Math.min(...boxes.map(b => b.y0))
      const y1 = Math.max(...boxes.map(b => b.y1))
      const slack = Math.min(k.width - 2 * HERO_PAD - (x1 - x0), k.height - 2 * HERO_PAD - (y1 - y0))
      expect(slack).toBeLessThan(12)
    }
  })

  it('sits against the side it is aligned to in a wide frame (the title keeps the other side)', () => {
    const right = layout({ width: 980, height: 551, alignX: 'end' })
    const left = layout({ width: 980, height: 551, alignX: 'start' })
    const extentX = (k: CoverHeroLayout) => [
      Math.min(...k.labels.map(x => x.box.x0)),
      Math.max(...k.labels.map(x => x.box.x1)),
    ]
    expect(extentX(right)[1]).toBeGreaterThan(980 - HERO_PAD - 3)
    expect(extentX(left)[0]).toBeLessThan(HERO_PAD + 3)
    expect(right.centre.x).toBeGreaterThan(left.centre.x + 200)
  })

  it('follows the data: a changed date, a visit left out of the window', () => {
    const changed: Visit[] = structuredClone(visits)
    changed.find(v => v.id === 'xi')!.when = { precision: 'day', date: '2022-09-15' }
    const k = layout({ visits: changed })
    expect(k.labels.find(x => x.power === 'china')!.dates.map(d => d.text)).toEqual(['15 September'])
    const without: Visit[] = structuredClone(visits).map(v => v.power === 'us'
      ? { ...v, inWindow: false }
      : v)
    const three = layout({ visits: without })
    expect(three.arcs.map(a => a.vector.power)).not.toContain('us')
    expect(three.title).not.toMatch(/^Four/)
    expect(heroVectors(without)).toHaveLength(inWindow.length - 1)
  })

  it('grows the viewBox, in the same proportions, when the type does not fit the frame asked for', () => {
    expect(layout().width).toBe(500)
    expect(layout().height).toBe(430)
    const k = layout({ width: 300, height: 300 })
    expect(k.width).toBeGreaterThan(300)
    expect(k.width / k.height).toBeCloseTo(1, 2)
  })

  it('explains a frame too small or no visit in the window instead of drawing', () => {
    const small = layoutCoverHero({ width: 100, height: 80 })
    expect(small.ok).toBe(false)
    expect(!small.ok && small.error).toMatch(/too small/)
    const none = layoutCoverHero({
      visits: visits.map(v => ({ ...v, inWindow: false })),
    })
    expect(!none.ok && none.error).toMatch(/inWindow/)
  })
})

describe('coverHero component', () => {
  it('is one accessible image: role, title and description tied by id, and a hidden table', () => {
    const w = mount(CoverHero)
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toBe(layout().title)
    const desc = w.get(`desc[id="${descId}"]`).text()
    for (const p of inWindow) {
      expect(desc).toContain(`${powerById[p.id].name}, from ${powerById[p.id].capital}`)
      for (const v of p.visits) expect(desc).toContain(formatWhen(v.when))
    }
    const rows = w.findAll('table.sr-only tbody tr')
    expect(rows.map(r => r.get('th').text())).toEqual(inWindow.map(p => powerById[p.id].name))
  })

  it('draws a glyph disc per power and Astana\'s, the power\'s name and dates as text, nothing under 14 px', () => {
    const w = mount(CoverHero)
    expect(w.findAll('.hero-label .chart-glyph').map(g => g.attributes('data-power'))).toEqual(inWindow.map(p => p.id))
    expect(w.find('.astana .chart-glyph').attributes('data-power')).toBe('kazakhstan')
    expect(w.get('.astana-name').text()).toBe(astana.capital)
    expect(w.findAll('.hero-name').map(t => t.text())).toEqual(inWindow.map(p => powerById[p.id].short))
    expect(w.findAll('.hero-date').map(t => t.text())).toEqual(inWindow.flatMap(p => p.visits.map(v => formatWhen(v.when, false))))
    const sizes = w.findAll('text').map(t => Number(t.attributes('font-size')))
    expect(sizes.every(s => s >= 14)).toBe(true)
  })

  it('has no click steps, takes its viewBox from width and height, and its alignment from align', () => {
    const w = mount(CoverHero, {
      props: { width: 980, height: 551, align: 'xMaxYMid meet' },
    })
    expect(w.get('svg').attributes('viewBox')).toBe('0 0 980 551')
    expect(w.get('svg').attributes('preserveAspectRatio')).toBe('xMaxYMid meet')
    expect(w.html()).not.toContain('chart-reveal')
  })

  it('shows a message instead of a graphic in a frame too small for it', () => {
    const w = mount(CoverHero, {
      props: { width: 100, height: 80 },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.get('[role="alert"]').text()).toContain('too small')
  })
})
