import type { BaseMap } from '../data/map'
import type { Leg, Place } from '../data/places'
import type { PowerId } from '../data/powers'
import type { SourceId } from '../data/sources'
import type { ChartFrameLayout, LayoutResult } from './chart-utils'
import { baseMap } from '../data/map'
import { places as allPlaces, parseLegs, PlaceSchema, routeCargo, routeLegs } from '../data/places'
import { parseRecords } from '../data/schema'
import { CHART_WIDTH, explainBadData, listJoin, publishers, textWidth, TYPE, wrapText } from './chart-utils'

/**
 * Layout of RouteMap. The base map (land, borders, tints, the schematic route lines and the places'
 * positions) was projected at build time by scripts/build-map.ts into data/map.json with d3-geo's conic
 * conformal projection; this module only places marks and labels on it. Nothing is measured in the DOM.
 */

export interface RouteMapOptions {
  /** Route legs east to west, in the order the presenter reveals them; default: data/places.ts. */
  legs?: readonly unknown[]
  /** Places the legs and markers refer to; default: data/places.ts. */
  places?: readonly unknown[]
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

function validate(rawPlaces: readonly unknown[], rawLegs: readonly unknown[]): { ok: true, places: Place[], legs: Leg[] } | { ok: false, error: string } {
  if (rawLegs.length === 0)
    return { ok: false, error: 'No route legs were given (the list is empty).' }
  const places = explainBadData('Place', file => parseRecords(file, PlaceSchema, rawPlaces))
  if (!places.ok)
    return places
  const known = Object.fromEntries(places.value.map(p => [p.id, p]))
  const legs = explainBadData('Leg', file => parseLegs(file, rawLegs, known))
  if (!legs.ok)
    return legs
  return { ok: true, places: places.value, legs: legs.value }
}

/** Lays the map out, or explains why it cannot (no legs, an unknown place or power, a place not on the map). */
export function layoutRouteMap(options: RouteMapOptions = {}): RouteResult {
  const map = options.map ?? baseMap
  const checked = validate(options.places ?? allPlaces, options.legs ?? routeLegs)
  if (!checked.ok)
    return checked
  const { legs: rawLegs } = checked
  for (const p of checked.places) {
    const projected = map.places[p.id]
    if (!projected || projected.lat !== p.lat || projected.lon !== p.lon)
      return { ok: false, error: `Place "${p.id}" is not on the pre-projected map (or has moved): run node scripts/build-map.ts.` }
  }

  const titleY = 24
  const subtitleY = 50
  const mapTop = 62

  // A route node appears with the first leg that reaches it; capitals and cities are always there.
  const firstStep = new Map<string, number>()
  rawLegs.forEach((leg, i) => {
    for (const end of [leg.from, leg.to]) {
      if (!firstStep.has(end))
        firstStep.set(end, i + 1)
    }
  })
  const shownPlaces = checked.places.filter(p => p.kind !== 'route' || firstStep.has(p.id))

  const inFrame = (x: number, y: number) => x >= 0 && x <= map.width && y >= 0 && y <= map.height
  const places: MapPlace[] = []
  const offMap: OffMapArrow[] = []
  for (const p of shownPlaces) {
    const xy = map.places[p.id]!
    if (!inFrame(xy.x, xy.y)) {
      const edge = map.offMap[p.id] ?? {
        x: xy.x < 0
          ? 0
          : map.width,
        y: Math.max(20, Math.min(map.height - 20, xy.y)),
      }
      const west = edge.x <= 0
      const y = mapTop + edge.y
      const x0 = west
        ? 2
        : CHART_WIDTH - 2
      const x1 = west
        ? 62
        : CHART_WIDTH - 62
      offMap.push({
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
      })
      continue
    }
    const capital = p.kind === 'capital'
    const host = p.power === 'kazakhstan'
    const r = capital
      ? (host ? 13 : 11)
      : p.kind === 'city'
        ? 5.5
        : 4.5
    const spot = labelSpots[p.id] ?? defaultSpot
    places.push({
      place: p,
      x: xy.x,
      y: mapTop + xy.y,
      kind: p.kind,
      power: p.power,
      r,
      label: p.name,
      labelX: xy.x + spot.dx,
      labelY: mapTop + xy.y + spot.dy,
      anchor: spot.anchor,
      fontSize: host
        ? 18
        : capital ? TYPE.label : TYPE.small,
      bold: capital,
      step: p.kind === 'route'
        ? firstStep.get(p.id)!
        : 0,
    })
  }

  const xyOf = (id: string) => map.places[id]!
  const legs: MapLeg[] = rawLegs.map((leg, i) => ({
    leg,
    // The schematic line from the build script, else a straight line between the two places.
    d: map.legs[leg.id] ?? `M${xyOf(leg.from).x} ${xyOf(leg.from).y}L${xyOf(leg.to).x} ${xyOf(leg.to).y}`,
    mode: leg.mode,
    step: i + 1,
  }))

  const cargoSource: SourceId = routeCargo.source
  const legend = {
    x: CHART_WIDTH - 300,
    y: mapTop + map.height - 62,
    lines: [
      `Cargo in ${routeCargo.year}: about ${routeCargo.millionTonnes} million tonnes,`,
      `about ${routeCargo.timesPreviousYear} times ${routeCargo.year - 1}`,
    ],
  }

  const legSources = [
    ...new Set(rawLegs.flatMap(l => l.sources)),
  ]
  const sourceText = `Sources: route, ${listJoin(publishers(legSources))}; cargo, ${listJoin(publishers([cargoSource]))}. `
    + 'Map: Natural Earth, borders as recognised by the UN; route lines schematic.'
  const sourceLines = wrapText(sourceText, CHART_WIDTH, TYPE.source)
  const sourceY = mapTop + map.height + 20
  const height = Math.ceil(sourceY + (sourceLines.length - 1) * 18 + 8)

  const capitals = places.filter(p => p.kind === 'capital')
  const title = options.title ?? 'The Trans-Caspian route bypasses Russia'
  const subtitle = options.subtitle ?? 'The “Middle Corridor” from China to Europe, and the capitals of the four visiting powers'
  const description = [
    `Map of Eurasia from Europe to China. ${subtitle}.`,
    `Capitals: ${listJoin([
      ...capitals.map(p => p.label),
      ...offMap.map(a => `${a.label} (off the map, to the ${a.x0 < a.x1
        ? 'west'
        : 'east'})`),
    ])}.`,
    `The route, east to west: ${rawLegs.map(l => `${l.label} (${checked.places.find(p => p.id === l.from)!.name} to ${checked.places.find(p => p.id === l.to)!.name}, ${l.mode})`).join('; ')}.`,
    `${legend.lines.join(' ')}.`,
  ].join(' ')

  const nameOf = (id: string) => checked.places.find(p => p.id === id)!.name
  return {
    ok: true,
    layout: {
      width: CHART_WIDTH,
      height,
      title,
      subtitle,
      titleY,
      subtitleY,
      mapTop,
      map,
      places,
      offMap,
      legs,
      steps: legs.length,
      caption: { x: CHART_WIDTH - 4, y: mapTop + 18 },
      legend,
      source: { lines: sourceLines, y: sourceY, lineHeight: 18 },
      description,
      table: rawLegs.map(l => ({
        leg: l.label,
        from: nameOf(l.from),
        to: nameOf(l.to),
        mode: l.mode === 'sea'
          ? 'by sea'
          : 'by rail',
      })),
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
