import type { BaseMap } from '../../../data/map'
import type { Leg, Place } from '../../../data/places'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, frameHeight, sourceBlock, TYPE } from '../../../charts/frame'
import {
  cargoLegend,
  labelSpots,
  layoutRouteMap,
  MAP_TOP,
  mapMarks,
  nodeSteps,
  offMapArrow,
  onMap,
  placeMark,
  routeDescription,
  routeLegMarks,
  routeSourceText,
  routeTable,
  unprojectedPlace,
} from '../../../charts/route-map'
import { listJoin, publishers } from '../../../charts/wording'
import { baseMap } from '../../../data/map'
import { placeById, places, routeCargo, routeLegs } from '../../../data/places'
import { deckData, validateData } from '../../../data/validate'

/**
 * Each step of the route map's pipeline on its own (projection → route legs → nodes → labels →
 * table), with the expected places, legs and figures read from data/places.ts and data/map.json.
 */

const xy = (id: string) => baseMap.places[id]!
const isOnMap = (p: Place) => onMap(baseMap, xy(p.id).x, xy(p.id).y)
const offMapPlaces = places.filter(p => !isOnMap(p))
const routeNodes = places.filter(p => p.kind === 'route')
const marks = mapMarks(places, routeLegs, baseMap)
const legend = cargoLegend(baseMap)
/** The base map with one place moved east, beyond the frame, and no edge point chosen for it. */
function withPlaceEastOfMap(id: string): BaseMap {
  const map = structuredClone(baseMap)
  map.places[id] = { ...map.places[id]!, x: map.width + 80, y: map.height + 500 }
  delete map.offMap[id]
  return map
}

describe('projection step', () => {
  it('draws the places and legs as given (checked in Node by data/validate.ts, which names the record and field of a bad one)', () => {
    expect(layoutRouteMap({ places, legs: routeLegs })).toEqual(layoutRouteMap())
    expect(layoutRouteMap({ places, legs: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No route legs/),
    })
    const legs = structuredClone(routeLegs) as unknown as Record<string, unknown>[]
    legs[1]!.from = 'atlantis'
    expect(() => validateData({ ...deckData, places, legs })).toThrow(/record #2 .*field "from": .*unknown place "atlantis"/)
  })

  it('accepts the places of data/places.ts, which data/map.json was projected from', () => {
    expect(unprojectedPlace(places, baseMap)).toBeUndefined()
  })

  it('refuses a place that moved since the map was projected, or that the map lacks, naming it', () => {
    const moved = structuredClone(places)
    moved[2]!.lon += 1
    expect(unprojectedPlace(moved, baseMap)).toMatch(new RegExp(`Place "${moved[2]!.id}" .*npm run map`))
    const added: Place = { ...places[0]!, id: 'new-place' }
    expect(unprojectedPlace([...places, added], baseMap)).toMatch(/Place "new-place"/)
  })

  it('tells places on the map from places beyond its frame', () => {
    expect(offMapPlaces.length).toBeGreaterThan(0)
    for (const p of offMapPlaces) {
      const { x, y } = xy(p.id)
      expect(x < 0 || x > baseMap.width || y < 0 || y > baseMap.height, p.id).toBe(true)
    }
    expect(onMap(baseMap, 0, 0)).toBe(true)
    expect(onMap(baseMap, baseMap.width, baseMap.height)).toBe(true)
    expect(onMap(baseMap, -0.1, 10)).toBe(false)
  })
})

describe('route legs step', () => {
  it('reveals a route node with the first leg that reaches it', () => {
    const steps = nodeSteps(routeLegs)
    for (const node of routeNodes) {
      const first = routeLegs.findIndex(l => l.from === node.id || l.to === node.id)
      expect(steps.get(node.id), node.id).toBe(first < 0
        ? undefined
        : first + 1)
    }
    expect(nodeSteps(routeLegs.slice(0, 1))).toEqual(new Map([
      [routeLegs[0]!.from, 1],
      [routeLegs[0]!.to, 1],
    ]))
  })

  it('draws each leg with the build script\'s schematic line, one per step, in the leg\'s mode', () => {
    const legs = routeLegMarks(routeLegs, baseMap)
    expect(legs.map(l => [l.leg.id, l.d, l.mode, l.step])).toEqual(routeLegs.map((leg, i) => [
      leg.id,
      baseMap.legs[leg.id],
      leg.mode,
      i + 1,
    ]))
  })

  it('falls back to a straight line when the map has no line for a leg', () => {
    const map = { ...baseMap, legs: {} }
    const leg: Leg = routeLegs[0]!
    const [mark] = routeLegMarks([leg], map)
    expect(mark!.d).toBe(`M${xy(leg.from).x} ${xy(leg.from).y}L${xy(leg.to).x} ${xy(leg.to).y}`)
  })
})

describe('nodes step', () => {
  it('marks each place on the map at its projected point, below the headline', () => {
    for (const p of places.filter(isOnMap)) {
      const m = placeMark(p, baseMap, 0)
      expect([m.x, m.y], p.id).toEqual([xy(p.id).x, MAP_TOP + xy(p.id).y])
      expect(m.label).toBe(p.name)
      expect(m.kind).toBe(p.kind)
      expect(m.power).toBe(p.power)
      expect(m.bold).toBe(p.kind === 'capital')
    }
    expect(placeMark(routeNodes[0]!, baseMap, 4).step).toBe(4)
  })

  it('sizes markers by kind: the host capital largest, then capitals, cities, route nodes', () => {
    const r = (p: Place) => placeMark(p, baseMap, 0).r
    const host = places.find(p => p.kind === 'capital' && p.power === 'kazakhstan')!
    const capital = places.find(p => p.kind === 'capital' && p.power !== 'kazakhstan')!
    const city = places.find(p => p.kind === 'city')!
    expect(r(host)).toBeGreaterThan(r(capital))
    expect(r(capital)).toBeGreaterThan(r(city))
    expect(r(city)).toBeGreaterThan(r(routeNodes[0]!))
    expect(placeMark(host, baseMap, 0).fontSize).toBeGreaterThan(placeMark(capital, baseMap, 0).fontSize)
    expect(placeMark(capital, baseMap, 0).fontSize).toBe(TYPE.label)
    expect(placeMark(city, baseMap, 0).fontSize).toBe(TYPE.small)
  })

  it('puts each name where labelSpots says, or just right of the marker', () => {
    for (const p of places.filter(isOnMap)) {
      const m = placeMark(p, baseMap, 0)
      const spot = labelSpots[p.id]
      if (spot) {
        expect([m.labelX - m.x, m.labelY - m.y, m.anchor], p.id).toEqual([spot.dx, spot.dy, spot.anchor])
      }
      else {
        expect(m.anchor, p.id).toBe('start')
        expect(m.labelX, p.id).toBeGreaterThan(m.x + m.r)
      }
    }
  })

  it('points to a place beyond the map with an arrow at the edge point the build script chose', () => {
    for (const p of offMapPlaces) {
      const a = offMapArrow(p, baseMap)
      const edge = baseMap.offMap[p.id]
      expect(edge, p.id).toBeDefined()
      expect(a.y).toBe(MAP_TOP + edge!.y)
      if (edge!.x <= 0) {
        expect(a.x0).toBeLessThan(a.x1)
        expect(a.x0).toBeGreaterThanOrEqual(0)
        expect(a.glyphX).toBeGreaterThan(a.x1)
      }
      else {
        expect(a.x0).toBeGreaterThan(a.x1)
        expect(a.x0).toBeLessThanOrEqual(CHART_WIDTH)
      }
      expect(a.labelY).toBeLessThan(a.y)
      expect([a.label, a.power]).toEqual([p.name, p.power])
    }
  })

  it('points east, at its own height kept off the corners, when no edge point was chosen', () => {
    const map = withPlaceEastOfMap('beijing')
    const a = offMapArrow(placeById.beijing!, map)
    expect(a.x0).toBeGreaterThan(a.x1)
    expect(a.x0).toBeLessThanOrEqual(CHART_WIDTH)
    expect(a.glyphX).toBeLessThan(a.x1)
    expect(a.y).toBe(MAP_TOP + map.height - 20)
  })

  it('shows capitals and cities from the start and route nodes only once a leg reaches them', () => {
    const shownIds = [
      ...marks.places,
      ...marks.offMap,
    ].map(m => m.place.id).sort()
    const reached = new Set(routeLegs.flatMap(l => [l.from, l.to]))
    expect(shownIds).toEqual(places.filter(p => p.kind !== 'route' || reached.has(p.id)).map(p => p.id).sort())
    expect(marks.offMap.map(a => a.place.id)).toEqual(offMapPlaces.map(p => p.id))
    for (const m of marks.places) {
      expect(m.step, m.place.id).toBe(m.kind === 'route'
        ? nodeSteps(routeLegs).get(m.place.id)
        : 0)
    }
    const oneLeg = mapMarks(places, routeLegs.slice(0, 1), baseMap)
    expect(oneLeg.places.filter(m => m.kind === 'route').map(m => m.place.id).sort()).toEqual([routeLegs[0]!.from, routeLegs[0]!.to].sort())
  })
})

describe('labels step', () => {
  it('states the cargo figures of data/places.ts, inside the map', () => {
    expect(legend.lines.join(' ')).toBe(`Cargo in ${routeCargo.year}: about ${routeCargo.millionTonnes} million tonnes, about ${routeCargo.timesPreviousYear} times ${routeCargo.year - 1}`)
    expect(legend.x).toBeGreaterThan(0)
    expect(legend.y).toBeGreaterThan(MAP_TOP)
    expect(legend.y).toBeLessThan(MAP_TOP + baseMap.height)
  })

  it('credits who reported the route and the cargo, and where the map comes from', () => {
    const text = routeSourceText(routeLegs)
    expect(text).toContain(`route, ${listJoin(publishers([
      ...new Set(routeLegs.flatMap(l => l.sources)),
    ]))}`)
    expect(text).toContain(`cargo, ${listJoin(publishers([routeCargo.source]))}`)
    expect(text).toContain('Natural Earth')
    const source = sourceBlock(text, MAP_TOP + baseMap.height + 20)
    expect(frameHeight(source)).toBeGreaterThan(source.y)
  })
})

describe('accessible step', () => {
  it('names the capitals (off-map ones with their side), every leg east to west with its mode, and the cargo', () => {
    const text = routeDescription('Sub', marks, routeLegs, places, legend)
    expect(text).toMatch(/^Map of Eurasia from Europe to China\. Sub\. /)
    for (const p of places.filter(p => p.kind === 'capital' && isOnMap(p))) expect(text).toContain(p.name)
    for (const p of offMapPlaces) {
      expect(text).toContain(`${p.name} (off the map, to the ${baseMap.offMap[p.id]!.x <= 0
        ? 'west'
        : 'east'})`)
    }
    let from = 0
    for (const l of routeLegs) {
      const at = text.indexOf(`${l.label} (${placeById[l.from]!.name} to ${placeById[l.to]!.name}, ${l.mode})`, from)
      expect(at, l.id).toBeGreaterThanOrEqual(from)
      from = at
    }
    expect(text).toContain(legend.lines.join(' '))
    const east = mapMarks(places, routeLegs, withPlaceEastOfMap('beijing'))
    expect(routeDescription('Sub', east, routeLegs, places, legend)).toContain(`${placeById.beijing!.name} (off the map, to the east)`)
  })

  it('tables every leg: its name, from, to and how', () => {
    expect(routeTable(routeLegs, places)).toEqual(routeLegs.map(l => ({
      leg: l.label,
      from: placeById[l.from]!.name,
      to: placeById[l.to]!.name,
      mode: l.mode === 'sea'
        ? 'by sea'
        : 'by rail',
    })))
  })
})

describe('layoutRouteMap composes the steps', () => {
  it.each<[string, Leg[]]>([
    ['every leg', routeLegs],
    [
      'the first three legs',
      routeLegs.slice(0, 3),
    ],
  ])('%s', (_, legs) => {
    const result = layoutRouteMap({ legs })
    if (!result.ok)
      throw new Error(result.error)
    const l = result.layout
    const m = mapMarks(places, legs, baseMap)
    expect(l.mapTop).toBe(MAP_TOP)
    expect(l.map).toBe(baseMap)
    expect(l.legs).toEqual(routeLegMarks(legs, baseMap))
    expect(l.places).toEqual(m.places)
    expect(l.offMap).toEqual(m.offMap)
    expect(l.steps).toBe(legs.length)
    expect(l.legend).toEqual(legend)
    expect(l.source.lines).toEqual(sourceBlock(routeSourceText(legs), 0).lines)
    expect(l.source.y).toBe(MAP_TOP + baseMap.height + 20)
    expect(l.height).toBe(frameHeight(l.source))
    expect(l.description).toBe(routeDescription(l.subtitle, m, legs, places, legend))
    expect(l.table).toEqual(routeTable(legs, places))
  })

  it('stops at the projection step when a place is not on the map', () => {
    const moved = structuredClone(places)
    moved[0]!.lat += 1
    expect(layoutRouteMap({ places: moved })).toEqual({
      ok: false,
      error: unprojectedPlace(moved, baseMap),
    })
  })
})
