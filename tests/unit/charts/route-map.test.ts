import type { Leg, Place } from '../../../data/places'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { mount } from '@vue/test-utils'
import { geoConicConformal } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH } from '../../../charts/frame'
import { labelBox, layoutRouteMap, ROUTE_MAP_STEPS } from '../../../charts/route-map'
import RouteMap from '../../../components/RouteMap.vue'
import { baseMap } from '../../../data/map'
import { places, routeLegs } from '../../../data/places'
import { deckData, validateData } from '../../../data/validate'

const root = resolve(import.meta.dirname, '../../..')

function layout(options: Parameters<typeof layoutRouteMap>[0] = {}) {
  const result = layoutRouteMap(options)
  if (!result.ok)
    throw new Error(result.error)
  return result.layout
}

/** The rings of a path made of M, l and z commands (the build script writes only those). */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = []
  let x = 0
  let y = 0
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    if (command === 'z')
      continue
    const [a, b] = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number)
    if (command === 'M') {
      x = a!
      y = b!
      out.push([
        [x, y],
      ])
    }
    else {
      x += a!
      y += b!
      out.at(-1)!.push([x, y])
    }
  }
  return out
}

/** Even–odd point-in-polygon over all rings of a path. */
function inside(d: string, [px, py]: [number, number]): boolean {
  let hit = false
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!
      const [xj, yj] = ring[j]!
      if ((yi > py) !== (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi)
        hit = !hit
    }
  }
  return hit
}

const projection = geoConicConformal()
  .parallels(baseMap.projection.parallels)
  .rotate(baseMap.projection.rotate)
  .scale(baseMap.projection.scale)
  .translate(baseMap.projection.translate)
const project = (lon: number, lat: number) => projection([lon, lat]) as [number, number]

describe('the pre-projected map (data/map.json)', () => {
  it('agrees with data/places.ts: same places, same coordinates, the same projection', () => {
    for (const p of places) {
      const stored = baseMap.places[p.id]
      expect(stored, `${p.id} missing from data/map.json: run npm run map`).toBeDefined()
      expect([stored!.lat, stored!.lon]).toEqual([p.lat, p.lon])
      const [x, y] = project(p.lon, p.lat)
      expect(Math.abs(x - stored!.x)).toBeLessThan(0.5)
      expect(Math.abs(y - stored!.y)).toBeLessThan(0.5)
    }
    for (const leg of routeLegs) expect(baseMap.legs[leg.id], leg.id).toMatch(/^M/)
  })

  it('projects every place but Washington inside the frame', () => {
    for (const p of places.filter(p => p.id !== 'washington')) {
      const { x, y } = baseMap.places[p.id]!
      expect(x, p.id).toBeGreaterThanOrEqual(0)
      expect(x, p.id).toBeLessThanOrEqual(baseMap.width)
      expect(y, p.id).toBeGreaterThanOrEqual(0)
      expect(y, p.id).toBeLessThanOrEqual(baseMap.height)
    }
    const washington = baseMap.places.washington!
    expect(washington.x < 0 || washington.y < 0).toBe(true)
    expect(baseMap.offMap.washington).toMatchObject({ x: 0 })
  })

  it('draws land and sea where they are', () => {
    expect(inside(baseMap.land, project(37.62, 55.76))).toBe(true) // Moscow
    expect(inside(baseMap.land, project(34, 43.3))).toBe(false) // the Black Sea
    expect(inside(baseMap.land, project(51, 42))).toBe(false) // the Caspian Sea
    expect(inside(baseMap.regions.kazakhstan!, project(71.45, 51.17))).toBe(true) // Astana
    expect(inside(baseMap.regions.china!, project(116.41, 39.9))).toBe(true) // Beijing
    expect(inside(baseMap.regions.eu!, project(4.35, 50.85))).toBe(true) // Brussels
  })

  it('follows the UN\'s view of borders: Crimea is land, but not in Russia\'s shape', () => {
    const simferopol = project(34.1, 44.95)
    expect(inside(baseMap.land, simferopol)).toBe(true)
    expect(inside(baseMap.regions.russia!, simferopol)).toBe(false)
    expect(inside(baseMap.regions.russia!, project(39.73, 43.6 + 0.3))).toBe(true) // inland from Sochi
    expect(baseMap.disputed.length).toBeGreaterThan(0)
    expect(baseMap.source).toContain('Crimea in Ukraine')
  })

  it('keeps map data and RouteMap code under 60 kB gzip', () => {
    const files = [
      'data/map.json',
      'data/map.ts',
      'components/RouteMap.vue',
      'charts/route-map.ts',
      'components/ChartGlyph.vue',
    ]
    const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(resolve(root, f))).length, 0)
    expect(total).toBeLessThan(60_000)
  })
})

describe('route map layout', () => {
  const l = layout()

  it('reveals the route leg by leg, east to west', () => {
    expect(l.steps).toBe(routeLegs.length)
    expect(ROUTE_MAP_STEPS).toBe(9)
    expect(l.legs.map(leg => leg.leg.id)).toEqual(routeLegs.map(leg => leg.id))
    expect(l.legs.map(leg => leg.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    // A route node appears with the first leg that reaches it.
    const step = (id: string) => l.places.find(p => p.place.id === id)!.step
    expect([
      step('khorgos'),
      step('kuryk'),
      step('dostyk'),
      step('aktau'),
      step('alat'),
      step('istanbul'),
    ]).toEqual([1, 1, 2, 2, 3, 7])
    expect(step('astana')).toBe(0)
    expect(step('sochi')).toBe(0)
  })

  it('puts Washington on an arrow at the western edge', () => {
    expect(l.offMap).toHaveLength(1)
    const arrow = l.offMap[0]!
    expect(arrow.label).toBe('Washington')
    expect(arrow.x0).toBeLessThan(arrow.x1)
    expect(arrow.x0).toBeLessThanOrEqual(4)
    expect(arrow.y).toBeGreaterThan(l.mapTop)
    expect(arrow.y).toBeLessThan(l.mapTop + l.map.height)
  })

  it('keeps every place label inside the frame, and no two labels overlapping', () => {
    const boxes = [
      ...l.places.map(p => ({
        id: p.place.id,
        ...labelBox(p),
      })),
      ...l.offMap.map(a => ({
        id: a.place.id,
        ...labelBox({
          label: a.label,
          labelX: a.labelX,
          labelY: a.labelY,
          anchor: 'start',
          fontSize: 16,
          bold: true,
        }),
      })),
    ]
    for (const b of boxes) {
      expect(b.x0, b.id).toBeGreaterThanOrEqual(0)
      expect(b.x1, b.id).toBeLessThanOrEqual(CHART_WIDTH)
      expect(b.y0, b.id).toBeGreaterThanOrEqual(l.mapTop)
      expect(b.y1, b.id).toBeLessThanOrEqual(l.mapTop + l.map.height)
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
        expect(overlap, `${a.id} and ${b.id}`).toBe(false)
      }
    }
  })

  it('explains props it cannot draw; bad places and legs are refused in Node (data/validate.ts) before any chart', () => {
    expect(layoutRouteMap({ legs: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No route legs/),
    })
    const legs = structuredClone(routeLegs) as Leg[]
    legs[0]!.to = 'atlantis'
    expect(() => validateData({ ...deckData, legs })).toThrow(/unknown place "atlantis"/)
    const badPlaces = structuredClone(places) as unknown as Record<string, unknown>[]
    badPlaces[0]!.power = 'japan'
    expect(() => validateData({ ...deckData, places: badPlaces })).toThrow(/unknown power "japan"/)
    const moved = structuredClone(places) as Place[]
    moved[0]!.lat = 50
    expect(layoutRouteMap({ places: moved })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/npm run map/),
    })
  })
})

describe('<RouteMap>', () => {
  it('draws the legs, the route nodes, the capitals with their glyphs and the Washington arrow', () => {
    const w = mount(RouteMap)
    expect(w.findAll('.route-leg')).toHaveLength(9)
    expect(w.findAll('.route-leg[data-mode="sea"]')).toHaveLength(3)
    expect(w.findAll('.map-place[data-kind="route"]')).toHaveLength(9)
    const capitals = w.findAll('.map-capital')
    expect(capitals.map(c => c.attributes('data-place'))).toEqual([
      'astana',
      'beijing',
      'moscow',
      'brussels',
    ])
    expect(w.findAll('.map-capital .chart-glyph')).toHaveLength(4)
    expect(w.get('.off-map').text()).toContain('Washington')
    expect(w.findAll('.region')).toHaveLength(4)
  })

  it('labels places by their names in the data', () => {
    const w = mount(RouteMap)
    const labels = w.findAll('.place-label').map(t => t.text())
    for (const name of [
      'Astana',
      'Beijing',
      'Moscow',
      'Brussels',
      'Washington',
      'Baku / Alat',
      'Tbilisi',
      'Istanbul',
    ])
      expect(labels).toContain(name)
    const renamed = structuredClone(places) as Place[]
    renamed.find(p => p.id === 'alat')!.name = 'Alat port'
    const w2 = mount(RouteMap, {
      props: { places: renamed },
    })
    expect(w2.findAll('.place-label').map(t => t.text())).toContain('Alat port')
  })

  it('has an accessible name and description, and a hidden table of the legs', () => {
    const w = mount(RouteMap)
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toBe('The Trans-Caspian route bypasses Russia')
    expect(w.get(`desc[id="${descId}"]`).text()).toContain('Washington (off the map, to the west)')
    expect(w.get('table.sr-only').findAll('tbody tr')).toHaveLength(9)
  })

  it('reveals the route leg by leg and names the newest leg', () => {
    const at = (step?: number) => mount(RouteMap, {
      props: { step },
    })
    const zero = at(0)
    expect(zero.findAll('.route-leg')).toHaveLength(0)
    expect(zero.findAll('.map-place[data-kind="route"]')).toHaveLength(0)
    expect(zero.findAll('.map-capital')).toHaveLength(4)
    const one = at(1)
    expect(one.findAll('.route-leg')).toHaveLength(1)
    expect(one.findAll('.map-place[data-kind="route"]').map(p => p.attributes('data-place'))).toEqual(['khorgos', 'kuryk'])
    expect(one.get('.route-caption').text()).toBe('Leg 1 of 9: China to Kazakhstan via Khorgos')
    expect(at(4).findAll('.route-leg')).toHaveLength(4)
    expect(at(8).get('.route-caption').text()).toBe('Leg 8 of 9: Baku–Tbilisi–Kars railway')
    // The complete map (last click, PDF, overview) has every leg and no caption.
    expect(at(9).findAll('.route-leg')).toHaveLength(9)
    expect(at(9).find('.route-caption').exists()).toBe(false)
    expect(at(undefined).findAll('.route-leg')).toHaveLength(9)
    expect(at(undefined).find('.route-caption').exists()).toBe(false)
  })

  it('shows a visible message for bad props', () => {
    const w = mount(RouteMap, {
      props: { legs: [] },
    })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.get('[role="alert"]').text()).toContain('No route legs')
  })
})
