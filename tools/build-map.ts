import type { GeoProjection } from 'd3-geo'
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { geoArea, geoConicConformal, geoContains, geoPath } from 'd3-geo'
import { feature, merge, mesh, transform } from 'topojson-client'

/**
 * `npm run map` (tools/build-map.ts): pre-projects the RouteMap's base map into data/map.json, so the deck ships
 * a few kilobytes of SVG path strings instead of a world atlas and a projection library.
 * Run it by hand after changing data/places.ts or the choices below, then commit data/map.json.
 *
 * Data: Natural Earth 1:50m Admin 0 countries, version 4.1.0, as redistributed by the npm package
 * `world-atlas` (countries-50m.json). Projection: d3-geo's conic conformal (Lambert) with standard
 * parallels 35°N and 55°N, central meridian 60°E, fitted to the region from Brussels to Beijing.
 *
 * BORDERS: a diplomatic deck follows the United Nations' view of borders, not Natural Earth's
 * "de facto" one. Natural Earth 4.1 (world-atlas 2) draws these differently, so this script fixes them:
 * - Crimea: Natural Earth puts it inside Russia. UN General Assembly resolution 68/262 (2014) affirms
 *   Ukraine's territorial integrity, so the Crimea polygon is cut out of Russia and given to Ukraine
 *   (no line across the Perekop isthmus; Russia's tint stops at the Kerch Strait). tests/unit/charts
 *   checks that Simferopol is on land but outside Russia's shape.
 * - Kosovo: Natural Earth draws it as a country. UN maps show it within Serbia (Security Council
 *   resolution 1244) with a dashed boundary, so it is merged into Serbia and its boundary drawn dashed.
 * - Northern Cyprus: Natural Earth draws it as a country; the UN recognises only the Republic of Cyprus,
 *   so it is merged into Cyprus without a line.
 * - Jammu and Kashmir: the final status has not been agreed by the parties, so every line between India,
 *   Pakistan and China inside the Kashmir box below is drawn dotted, as UN maps do. (China's light tint
 *   follows Natural Earth's line of control up to those dotted lines; the dots say it is not agreed.)
 * - Abkhazia and South Ossetia (in Georgia), Nagorno-Karabakh (in Azerbaijan), Transnistria (in Moldova):
 *   Natural Earth already agrees with the UN. Taiwan and the other disputed areas fall outside the frame.
 * The Caspian Sea has no drawn boundaries.
 */

const root = resolve(import.meta.dirname, '..')
const { places } = await import('../data/places.ts')

/** The map's frame in SVG units: the RouteMap draws it at 1:1 inside its 860-wide viewBox. */
export const WIDTH = 860
export const HEIGHT = 316
/** Douglas–Peucker tolerance in SVG units, and the smallest island kept (square units). */
const TOLERANCE = 0.45
const MIN_AREA = 4
const DIGITS = 1

/** ISO 3166-1 numeric ids of the 27 EU member states (2022), merged into one tinted shape. */
const euIds = new Set([
  '040',
  '056',
  '100',
  '191',
  '196',
  '203',
  '208',
  '233',
  '246',
  '250',
  '276',
  '300',
  '348',
  '372',
  '380',
  '428',
  '440',
  '442',
  '470',
  '528',
  '616',
  '620',
  '642',
  '703',
  '705',
  '724',
  '752',
])
const ids = {
  russia: '643',
  china: '156',
  kazakhstan: '398',
  ukraine: '804',
  serbia: '688',
  cyprus: '196',
  india: '356',
  pakistan: '586',
}
const kashmirBox = {
  west: 72.3,
  east: 80.6,
  south: 32.2,
  north: 37.2,
}

/**
 * Schematic bends for the route legs, so a line drawn between two places stays on the right side of
 * borders and coasts (rail inside Kazakhstan and Turkey, ferries on water). Not the exact track:
 * no name or number on the slides comes from these points.
 */
const legBends: Record<string, Position[]> = {
  'khorgos-kuryk': [
    [77.0, 43.55],
    [73.8, 43.6],
    [69.6, 42.4],
    [65.5, 44.85],
    [61.2, 47.0],
    [59.6, 47.6],
    [55.2, 45.3],
  ],
  'dostyk-aktau': [
    [79.7, 46.95],
    [73.4, 47.2],
    [67.7, 47.8],
    [61.4, 47.3],
    [59.9, 47.9],
    [55.4, 45.5],
  ],
  'aktau-alat': [
    [50.8, 41.4],
    [50.3, 40.2],
  ],
  'kuryk-alat': [
    [51.0, 41.4],
    [50.4, 40.15],
  ],
  'alat-tbilisi': [
    [46.36, 40.68],
  ],
  'tbilisi-poti': [
    [42.7, 42.1],
  ],
  'poti-istanbul': [
    [37.5, 42.3],
    [34.0, 42.3],
    [30.0, 41.6],
  ],
  'tbilisi-kars': [
    [43.5, 41.4],
  ],
  'kars-istanbul': [
    [41.3, 39.9],
    [39.5, 39.75],
    [37.0, 39.75],
    [32.9, 39.9],
    [30.5, 39.8],
    [29.9, 40.75],
  ],
}

const require = createRequire(import.meta.url)
const atlasPath = require.resolve('world-atlas/countries-50m.json')
const atlasVersion = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>

const projection: GeoProjection = geoConicConformal()
  .parallels([35, 55])
  .rotate([-60, 0])
  .precision(0.1)
const placeById = Object.fromEntries(places.map(p => [p.id, p]))
const lonLat = (id: string): Position => [placeById[id]!.lon, placeById[id]!.lat]
// Fit so that Brussels, Beijing, Moscow and the southern route nodes sit inside with room for labels.
projection.fitExtent([
  [14, 10],
  [WIDTH - 40, HEIGHT - 8],
], {
  type: 'MultiPoint',
  coordinates: [
    lonLat('brussels'),
    lonLat('beijing'),
    lonLat('moscow'),
    lonLat('alat'),
    lonLat('istanbul'),
    [1.5, 51.5],
    [119, 40],
    [60, 35.6],
    [40, 58.5],
  ],
})

projection.clipExtent([
  [0, 0],
  [WIDTH, HEIGHT],
])
const path = geoPath(projection).digits(DIGITS)

/*
 * 0. Only the countries that show in the frame: the others (Antarctica, the Americas…) would only add
 *    bytes, and a far-away ring simplified in projected space can turn inside out and cover the globe.
 */
topology.objects.countries.geometries = topology.objects.countries.geometries
  .filter(g => path(feature(topology, g as never) as Feature))

/* 1. Absolute (unquantized) arcs, simplified once in projected space so that every shape below shares them. */
const toAbsolute = transform(topology.transform!)
const arcs = topology.arcs.map(arc => arc.map((p, i) => toAbsolute(p, i > 0) as Position))
// (topojson's transform resets its running sum when the second argument is falsy: at each arc's start.)

function perpendicular(p: number[], a: number[], b: number[]): number {
  const dx = b[0]! - a[0]!
  const dy = b[1]! - a[1]!
  const len = Math.hypot(dx, dy)
  if (len === 0)
    return Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!)
  return Math.abs(dy * p[0]! - dx * p[1]! + b[0]! * a[1]! - b[1]! * a[0]!) / len
}

/** Indices kept by Douglas–Peucker on projected points (endpoints always kept: they are shared vertices). */
function douglasPeucker(points: number[][], tolerance: number): number[] {
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack: [number, number][] = [
    [0, points.length - 1],
  ]
  while (stack.length) {
    const [first, last] = stack.pop()!
    let worst = -1
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i]!, points[first]!, points[last]!)
      if (d > worst) {
        worst = d
        index = i
      }
    }
    if (index > 0 && worst > tolerance) {
      keep[index] = 1
      stack.push([first, index], [index, last])
    }
  }
  return [
    ...keep.keys(),
  ].filter(i => keep[i])
}

topology.arcs = arcs.map((arc) => {
  if (arc.length <= 2)
    return arc
  const projected = arc.map(p => projection(p as [number, number]) ?? [Number.NaN, Number.NaN])
  const closed = arc.length > 4 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1]
  // A closed arc (a whole island) is simplified in thirds, so that it keeps at least a triangle.
  const cuts = closed
    ? [
        0,
        Math.floor(arc.length / 3),
        Math.floor(2 * arc.length / 3),
        arc.length - 1,
      ]
    : [0, arc.length - 1]
  const kept = cuts.slice(1).flatMap((end, i) => {
    const start = cuts[i]!
    const part = douglasPeucker(projected.slice(start, end + 1), TOLERANCE).map(k => k + start)
    return i === 0
      ? part
      : part.slice(1)
  })
  return kept.map(i => arc[i]!)
})
delete topology.transform

/* 2. The border choices. */
const countries = topology.objects.countries
type Country = GeometryObject<{ name: string }> & { properties: { name: string } }
const geometries = countries.geometries as Country[]
function byId(id: string) {
  const found = geometries.find(g => g.id === id)
  if (!found)
    throw new Error(`world-atlas: no country with id ${id}`)
  return found
}
function byName(name: string) {
  const found = geometries.find(g => g.properties.name === name)
  if (!found)
    throw new Error(`world-atlas: no country named ${name}`)
  return found
}
type Poly = GeometryObject & { type: 'Polygon', arcs: number[][] }
type MultiPoly = GeometryObject & { type: 'MultiPolygon', arcs: number[][][] }

// Crimea: the polygon of Russia's MultiPolygon that contains Simferopol.
const russia = byId(ids.russia) as unknown as MultiPoly
const crimeaIndex = russia.arcs.findIndex(polygonArcs =>
  geoContains(feature(topology, { type: 'Polygon', arcs: polygonArcs } as Poly) as Feature, [34.1, 44.95]))
if (crimeaIndex < 0)
  throw new Error('Crimea not found inside Russia: check the world-atlas version and the border choices')
const crimea = russia.arcs.splice(crimeaIndex, 1)[0]!
const kosovo = byName('Kosovo')
const northernCyprus = byName('N. Cyprus')

// Which country owns each polygon after the choices: borders are drawn only between two owners.
const owner = new Map<GeometryObject, string>()
for (const g of geometries) owner.set(g, String(g.id ?? g.properties.name))
owner.set(kosovo, ids.serbia)
owner.set(northernCyprus, ids.cyprus)
const crimeaObject = {
  type: 'Polygon',
  arcs: crimea,
  properties: { name: 'Crimea' },
} as unknown as Country
geometries.push(crimeaObject)
owner.set(crimeaObject, ids.ukraine)

const kashmirParties = new Set([ids.india, ids.pakistan, ids.china])
const isKashmirPair = (a: GeometryObject, b: GeometryObject) => kashmirParties.has(owner.get(a)!) && kashmirParties.has(owner.get(b)!)
function inKashmir([lon, lat]: Position) {
  return lon! >= kashmirBox.west && lon! <= kashmirBox.east && lat! >= kashmirBox.south && lat! <= kashmirBox.north
}

/** Splits lines into the stretches inside and outside the Kashmir box. */
function splitByKashmir(lines: MultiLineString): { inside: Position[][], outside: Position[][] } {
  const inside: Position[][] = []
  const outside: Position[][] = []
  for (const line of lines.coordinates) {
    let current: Position[] = [line[0]!]
    let wasInside = inKashmir(line[0]!)
    for (const p of line.slice(1)) {
      current.push(p)
      if (inKashmir(p) !== wasInside) {
        (wasInside ? inside : outside).push(current)
        current = [p]
        wasInside = !wasInside
      }
    }
    if (current.length > 1)
      (wasInside ? inside : outside).push(current)
  }
  return { inside, outside }
}

const otherBorders = mesh(topology, countries, (a, b) => a !== b && owner.get(a) !== owner.get(b) && !isKashmirPair(a, b)) as MultiLineString
const kashmir = splitByKashmir(mesh(topology, countries, (a, b) => a !== b && owner.get(a) !== owner.get(b) && isKashmirPair(a, b)) as MultiLineString)
// Kosovo's boundary with the rest of Serbia is dashed; its other borders are Serbia's borders (solid).
const kosovoSerbia = mesh(topology, countries, (a, b) => (a === kosovo && b === byId(ids.serbia)) || (b === kosovo && a === byId(ids.serbia))) as MultiLineString
const solidBorders = [
  ...otherBorders.coordinates,
  ...kashmir.outside,
]
const dashedBorders = [
  ...kashmir.inside,
  ...kosovoSerbia.coordinates,
]

/* 3. Project to SVG path strings, clipped to the frame, without islands too small to see. */
function dropSpecks(geometry: Geometry): Geometry {
  const polygons: Position[][][] = geometry.type === 'Polygon'
    ? [(geometry as Polygon).coordinates]
    : geometry.type === 'MultiPolygon'
      ? (geometry as MultiPolygon).coordinates
      : []
  // Drop specks, and any ring that simplification turned inside out (it would cover half the globe).
  const kept = polygons.filter(rings => path.area({ type: 'Polygon', coordinates: rings }) >= MIN_AREA
    && geoArea({ type: 'Polygon', coordinates: rings }) < 2 * Math.PI)
  return { type: 'MultiPolygon', coordinates: kept }
}

/** Shortens geoPath output: relative moves after the first point, no leading zeros, no trailing ".0". */
function compact(d: string | null | undefined): string {
  if (!d)
    return ''
  const out: string[] = []
  for (const part of d.match(/[MLZ][^MLZ]*/g) ?? []) {
    const command = part[0]!
    if (command === 'Z') {
      out.push('z')
      continue
    }
    const [x, y] = part.slice(1).split(',').map(Number)
    out.push(`${command}${fmt(x!)} ${fmt(y!)}`)
  }
  // Relative encoding: repeated small steps gzip much better than absolute positions.
  let px = 0
  let py = 0
  return out.map((segment) => {
    if (segment === 'z')
      return segment
    const [x, y] = segment.slice(1).split(' ').map(Number)
    const rel = segment[0] === 'M'
      ? `M${fmt(x!)} ${fmt(y!)}`
      : `l${fmt(x! - px)} ${fmt(y! - py)}`
    px = x!
    py = y!
    return rel
  }).join('').replace(/ -/g, '-')
}
function fmt(n: number): string {
  const r = Math.round(n * 10 ** DIGITS) / 10 ** DIGITS
  return String(r === 0
    ? 0
    : r).replace(/^(-?)0\./, '$1.')
}

const land = dropSpecks(merge(topology, geometries as never))
/** The merged shape of the polygons owned by these countries (after the choices above). */
function regionOf(list: string[]) {
  return dropSpecks(merge(topology, geometries.filter(g => list.includes(owner.get(g)!)) as never))
}

const regions = {
  kazakhstan: compact(path(regionOf([ids.kazakhstan]))),
  russia: compact(path(regionOf([ids.russia]))),
  china: compact(path(regionOf([ids.china]))),
  eu: compact(path(regionOf([...euIds]))),
}

const lineString = (coordinates: Position[][]): MultiLineString => ({ type: 'MultiLineString', coordinates })
const round = (n: number) => Math.round(n * 10) / 10

// projection(point) ignores clipExtent, so off-frame places (Washington) get coordinates too.
const projectedPlaces = Object.fromEntries(places.map((p) => {
  const [x, y] = projection([p.lon, p.lat])!
  return [
    p.id,
    {
      lat: p.lat,
      lon: p.lon,
      x: round(x),
      y: round(y),
    },
  ]
}))

// Off-map capitals (Washington): where their latitude meets the western edge, a little inside.
function edgePoint(lat: number): { x: number, y: number } {
  let lo = -60
  let hi = 60
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (projection([mid, lat])![0] < 0)
      lo = mid
    else hi = mid
  }
  return {
    x: 0,
    y: round(projection([hi, lat])![1]),
  }
}
const offMap = Object.fromEntries(places
  .filter(p => projectedPlaces[p.id]!.x < 0 || projectedPlaces[p.id]!.x > WIDTH || projectedPlaces[p.id]!.y < 0 || projectedPlaces[p.id]!.y > HEIGHT)
  .map(p => [
    p.id,
    edgePoint(p.lat),
  ]))

const legs = Object.fromEntries(Object.entries(legBends).map(([id, bends]) => {
  const [from, to] = id.split('-') as [string, string]
  const line: LineString = {
    type: 'LineString',
    coordinates: [
      lonLat(from),
      ...bends,
      lonLat(to),
    ],
  }
  return [
    id,
    compact(path(line)),
  ]
}))

const output = {
  note: 'Generated by tools/build-map.ts: do not edit by hand. See the script for the border choices.',
  source: `Natural Earth 1:50m Admin 0 countries v4.1.0, via world-atlas ${atlasVersion}; borders adjusted to the UN's view (Crimea in Ukraine, Kosovo and Kashmir dashed, Cyprus whole)`,
  width: WIDTH,
  height: HEIGHT,
  projection: {
    type: 'conicConformal',
    parallels: [35, 55],
    rotate: [-60, 0],
    scale: round(projection.scale()),
    translate: projection.translate().map(round),
  },
  land: compact(path(land)),
  borders: compact(path(lineString(solidBorders))),
  disputed: compact(path(lineString(dashedBorders))),
  regions,
  places: projectedPlaces,
  offMap,
  legs,
}

const file = resolve(root, 'data/map.json')
writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`)
const bytes = readFileSync(file).length
console.log(`wrote ${file} (${(bytes / 1024).toFixed(1)} kB)`)
