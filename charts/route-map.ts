import type { BaseMap } from '../data/map'
import type { Leg, Place } from '../data/places'
import type { PowerId } from '../data/powers'
import type { SourceId } from '../data/sources'
import type { LayoutResult } from './chart-utils'
import type { ChartFrameLayout } from './frame'
import { baseMap } from '../data/map'
import { places as allPlaces, routeCargo, routeLegs } from '../data/places'
import { CHART_WIDTH, chartFrame, sourceBlock, TYPE } from './frame'
import { textWidth } from './text-measure'
import { listJoin, publishers } from './wording'

/**
 * Layout of RouteMap. The base map (land, borders, tints, the schematic route lines and the places'
 * positions) was projected at build time by tools/map/ (`npm run map`) into data/map.json with d3-geo's conic
 * conformal projection; this module only places marks and labels on it. Nothing is measured in the DOM.
 */

export interface RouteMapOptions {
  /**
   * Route legs east to west, in the order the presenter reveals them, each end one of `places` (checked
   * like data/places.ts's, by data/validate.ts); default: data/places.ts.
   */
  legs?: readonly Leg[]
  /** Places the legs and markers refer to; default: data/places.ts. */
  places?: readonly Place[]
  map?: BaseMap
  title?: string
  subtitle?: string
}

type Anchor = 'start' | 'middle' | 'end'
export interface LabelSpot { dx: number, dy: number, anchor: Anchor }

/**
 * Where each place's name goes, relative to its marker (SVG units). Hand-placed for the crowded
 * Caucasus and Caspian; the tests check that no two labels overlap and all stay inside the frame.
 */
export const labelSpots: Record<string, LabelSpot> = {
  astana: { dx: 17, dy: 6, anchor: 'start' },
  beijing: { dx: -15, dy: 6, anchor: 'end' },
  moscow: { dx: 15, dy: 6, anchor: 'start' },
  brussels: { dx: 15, dy: 6, anchor: 'start' },
  sochi: { dx: -2, dy: -11, anchor: 'middle' },
  poti: { dx: -10, dy: 10, anchor: 'end' },
  tbilisi: { dx: 2, dy: -14, anchor: 'middle' },
  kars: { dx: 0, dy: 21, anchor: 'middle' },
  alat: { dx: 6, dy: 17, anchor: 'start' },
  aktau: { dx: -2, dy: -18, anchor: 'end' },
  kuryk: { dx: 9, dy: 16, anchor: 'start' },
  khorgos: { dx: 9, dy: 11, anchor: 'start' },
  dostyk: { dx: 9, dy: 1, anchor: 'start' },
  istanbul: { dx: -9, dy: 5, anchor: 'end' },
}
const defaultSpot: LabelSpot = { dx: 9, dy: 5, anchor: 'start' }

export interface MapPlace {
  place: Place
  x: number
  y: number
  kind: Place['kind']
  power?: PowerId
  /** Capitals carry their power's glyph; Astana is drawn larger. */
  r: number
  label: string
  labelX: number
  labelY: number
  anchor: Anchor
  fontSize: number
  bold: boolean
  /** 0: always shown; otherwise the step of the first leg that reaches it. */
  step: number
}

export interface MapLeg {
  leg: Leg
  d: string
  mode: Leg['mode']
  step: number
}

export interface OffMapArrow {
  place: Place
  power?: PowerId
  /** Arrow from (x1, y) to the edge at (x0, y). */
  x0: number
  x1: number
  y: number
  label: string
  labelX: number
  labelY: number
  glyphX: number
}

/** The frame's parts (title, subtitle, source, description, size) plus this chart's marks. */
export interface RouteLayout extends ChartFrameLayout {
  mapTop: number
  map: BaseMap
  places: MapPlace[]
  offMap: OffMapArrow[]
  legs: MapLeg[]
  steps: number
  /** The label of leg i is shown as a caption at step i+1. */
  caption: { x: number, y: number }
  legend: { x: number, y: number, lines: string[] }
  table: { leg: string, from: string, to: string, mode: string }[]
}

export type RouteResult = LayoutResult<RouteLayout>

/** The top of the base map in the chart (the headline and subtitle sit above it). */
export const MAP_TOP = 62

/**
 * Projection step: the base map was projected at build time, so every place must be on it at the same
 * coordinates. Returns the message for the first that is not, or undefined.
 */
export function unprojectedPlace(places: readonly Place[], map: BaseMap): string | undefined {
  const moved = places.find((p) => {
    const projected = map.places[p.id]
    return !projected || projected.lat !== p.lat || projected.lon !== p.lon
  })
  return moved && `Place "${moved.id}" is not on the pre-projected map (or has moved): run npm run map.`
}

/** Route step: the step at which each route node appears, that of the first leg reaching it (1-based). */
export function nodeSteps(legs: readonly Leg[]): Map<string, number> {
  const firstStep = new Map<string, number>()
  legs.forEach((leg, i) => {
    for (const end of [leg.from, leg.to]) {
      if (!firstStep.has(end))
        firstStep.set(end, i + 1)
    }
  })
  return firstStep
}

/** Route step: each leg's line, one per step: the build script's schematic line, else a straight one. */
export function routeLegMarks(legs: readonly Leg[], map: BaseMap): MapLeg[] {
  const xyOf = (id: string) => map.places[id]!
  return legs.map((leg, i) => ({
    leg,
    d: map.legs[leg.id] ?? `M${xyOf(leg.from).x} ${xyOf(leg.from).y}L${xyOf(leg.to).x} ${xyOf(leg.to).y}`,
    mode: leg.mode,
    step: i + 1,
  }))
}

/** Whether a projected point lies inside the base map's frame. */
export function onMap(map: BaseMap, x: number, y: number): boolean {
  return x >= 0 && x <= map.width && y >= 0 && y <= map.height
}

/**
 * Nodes step: a place beyond the map's edge becomes an arrow to the edge at the height the build script
 * chose (else its own height, kept 20 units from the corners), labelled above, glyph beside the arrow.
 */
export function offMapArrow(p: Place, map: BaseMap): OffMapArrow {
  const xy = map.places[p.id]!
  const edge = map.offMap[p.id] ?? {
    x: xy.x < 0
      ? 0
      : map.width,
    y: Math.max(20, Math.min(map.height - 20, xy.y)),
  }
  const west = edge.x <= 0
  const y = MAP_TOP + edge.y
  const x0 = west
    ? 2
    : CHART_WIDTH - 2
  const x1 = west
    ? 62
    : CHART_WIDTH - 62
  return {
    place: p,
    power: p.power,
    x0,
    x1,
    y,
    label: p.name,
    labelX: x0,
    labelY: y - 17,
    glyphX: west
      ? x1 + 13
      : x1 - 13,
  }
}

/**
 * Nodes and labels step: a place on the map, as a marker sized by kind (Astana largest, capitals with a
 * glyph, cities, route nodes) and its name where labelSpots puts it. `step` 0: always shown.
 */
export function placeMark(p: Place, map: BaseMap, step: number): MapPlace {
  const xy = map.places[p.id]!
  const capital = p.kind === 'capital'
  const host = p.power === 'kazakhstan'
  const spot = labelSpots[p.id] ?? defaultSpot
  return {
    place: p,
    x: xy.x,
    y: MAP_TOP + xy.y,
    kind: p.kind,
    power: p.power,
    r: capital
      ? (host ? 13 : 11)
      : p.kind === 'city'
        ? 5.5
        : 4.5,
    label: p.name,
    labelX: xy.x + spot.dx,
    labelY: MAP_TOP + xy.y + spot.dy,
    anchor: spot.anchor,
    fontSize: host
      ? 18
      : capital ? TYPE.label : TYPE.small,
    bold: capital,
    step,
  }
}

/**
 * Nodes step: capitals and cities always, a route node only if a leg reaches it (from that leg's step);
 * a place off the map becomes an arrow.
 */
export function mapMarks(places: readonly Place[], legs: readonly Leg[], map: BaseMap): { places: MapPlace[], offMap: OffMapArrow[] } {
  const firstStep = nodeSteps(legs)
  const shown = places.filter(p => p.kind !== 'route' || firstStep.has(p.id))
  const isOn = (p: Place) => onMap(map, map.places[p.id]!.x, map.places[p.id]!.y)
  return {
    places: shown.filter(isOn).map(p => placeMark(p, map, p.kind === 'route'
      ? firstStep.get(p.id)!
      : 0)),
    offMap: shown.filter(p => !isOn(p)).map(p => offMapArrow(p, map)),
  }
}

/** Labels step: the cargo figures from data/places.ts, at the bottom right of the map. */
export function cargoLegend(map: BaseMap): RouteLayout['legend'] {
  return {
    x: CHART_WIDTH - 300,
    y: MAP_TOP + map.height - 62,
    lines: [
      `Cargo in ${routeCargo.year}: about ${routeCargo.millionTonnes} million tonnes,`,
      `about ${routeCargo.timesPreviousYear} times ${routeCargo.year - 1}`,
    ],
  }
}

/** Labels step: who reported the route and the cargo, and where the map comes from. */
export function routeSourceText(legs: readonly Leg[]): string {
  const legSources = [
    ...new Set(legs.flatMap(l => l.sources)),
  ]
  const cargoSource: SourceId = routeCargo.source
  return `Sources: route, ${listJoin(publishers(legSources))}; cargo, ${listJoin(publishers([cargoSource]))}. `
    + 'Map: Natural Earth, borders as recognised by the UN; route lines schematic.'
}

/** The name of a place, by id, from the validated places. */
function placeName(places: readonly Place[], id: string): string {
  return places.find(p => p.id === id)!.name
}

/** Accessible step: the map in words: what it shows, the capitals (off-map ones with their side), each leg east to west, the cargo. */
export function routeDescription(subtitle: string, marks: { places: readonly MapPlace[], offMap: readonly OffMapArrow[] }, legs: readonly Leg[], places: readonly Place[], legend: RouteLayout['legend']): string {
  const capitals = marks.places.filter(p => p.kind === 'capital')
  return [
    `Map of Eurasia from Europe to China. ${subtitle}.`,
    `Capitals: ${listJoin([
      ...capitals.map(p => p.label),
      ...marks.offMap.map(a => `${a.label} (off the map, to the ${a.x0 < a.x1
        ? 'west'
        : 'east'})`),
    ])}.`,
    `The route, east to west: ${legs.map(l => `${l.label} (${placeName(places, l.from)} to ${placeName(places, l.to)}, ${l.mode})`).join('; ')}.`,
    `${legend.lines.join(' ')}.`,
  ].join(' ')
}

/** Accessible step: the hidden table, one row per leg: its name, from, to, and by rail or by sea. */
export function routeTable(legs: readonly Leg[], places: readonly Place[]): RouteLayout['table'] {
  return legs.map(l => ({
    leg: l.label,
    from: placeName(places, l.from),
    to: placeName(places, l.to),
    mode: l.mode === 'sea'
      ? 'by sea'
      : 'by rail',
  }))
}

/**
 * Lays the map out, or explains why it cannot (no legs, a place not on the map): projection (base
 * map) → route legs → nodes → labels → the accessible description and table.
 */
export function layoutRouteMap(options: RouteMapOptions = {}): RouteResult {
  const map = options.map ?? baseMap
  const given = { places: options.places ?? allPlaces, legs: options.legs ?? routeLegs }
  if (given.legs.length === 0)
    return { ok: false, error: 'No route legs were given (the list is empty).' }
  const unprojected = unprojectedPlace(given.places, map)
  if (unprojected)
    return { ok: false, error: unprojected }
  const legs = routeLegMarks(given.legs, map)
  const marks = mapMarks(given.places, given.legs, map)
  const legend = cargoLegend(map)
  const source = sourceBlock(routeSourceText(given.legs), MAP_TOP + map.height + 20)
  const title = options.title ?? 'The Trans-Caspian route bypasses Russia'
  const subtitle = options.subtitle ?? 'The “Middle Corridor” from China to Europe, and the capitals of the four visiting powers'
  return {
    ok: true,
    layout: {
      ...chartFrame({ title, subtitle }, source, routeDescription(subtitle, marks, given.legs, given.places, legend)),
      mapTop: MAP_TOP,
      map,
      places: marks.places,
      offMap: marks.offMap,
      legs,
      steps: legs.length,
      caption: { x: CHART_WIDTH - 4, y: MAP_TOP + 18 },
      legend,
      table: routeTable(given.legs, given.places),
    },
  }
}

/** An estimate of the box a place label covers, for the overlap tests. */
export function labelBox(p: Pick<MapPlace, 'label' | 'labelX' | 'labelY' | 'anchor' | 'fontSize' | 'bold'>): { x0: number, x1: number, y0: number, y1: number } {
  const w = textWidth(p.label, p.fontSize, p.bold)
  const x0 = p.anchor === 'start'
    ? p.labelX
    : p.anchor === 'end'
      ? p.labelX - w
      : p.labelX - w / 2
  return {
    x0,
    x1: x0 + w,
    y0: p.labelY - p.fontSize * 0.75,
    y1: p.labelY + p.fontSize * 0.22,
  }
}

/** Number of presenter steps (one per leg) of a RouteMap with these legs. */
export function routeMapSteps(options: RouteMapOptions = {}): number {
  const result = layoutRouteMap(options)
  return result.ok ? result.layout.steps : 0
}

/** Steps of the default RouteMap (every leg of data/places.ts): use as the slide's `clicks`. */
export const ROUTE_MAP_STEPS = routeMapSteps()
