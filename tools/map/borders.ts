import type { Feature, MultiLineString, Position } from 'geojson'
import type { GeometryObject } from 'topojson-specification'
import type { Atlas } from './atlas.ts'
import { geoContains } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import { ids, kashmirBox } from './config.ts'

/**
 * The border choices. A diplomatic deck follows the United Nations' view of borders, not Natural Earth's
 * "de facto" one. Natural Earth 4.1 (world-atlas 2) draws these differently, so this module fixes them:
 * - Crimea: Natural Earth puts it inside Russia. UN General Assembly resolution 68/262 (2014) affirms
 *   Ukraine's territorial integrity, so the Crimea polygon is cut out of Russia and given to Ukraine
 *   (no line across the Perekop isthmus; Russia's tint stops at the Kerch Strait). tests/unit/charts
 *   checks that Simferopol is on land but outside Russia's shape.
 * - Kosovo: Natural Earth draws it as a country. UN maps show it within Serbia (Security Council
 *   resolution 1244) with a dashed boundary, so it is merged into Serbia and its boundary drawn dashed.
 * - Northern Cyprus: Natural Earth draws it as a country; the UN recognises only the Republic of Cyprus,
 *   so it is merged into Cyprus without a line.
 * - Jammu and Kashmir: the final status has not been agreed by the parties, so every line between India,
 *   Pakistan and China inside the Kashmir box (tools/map/config.ts) is drawn dotted, as UN maps do. (China's light tint
 *   follows Natural Earth's line of control up to those dotted lines; the dots say it is not agreed.)
 * - Abkhazia and South Ossetia (in Georgia), Nagorno-Karabakh (in Azerbaijan), Transnistria (in Moldova):
 *   Natural Earth already agrees with the UN. Taiwan and the other disputed areas fall outside the frame.
 * The Caspian Sea has no drawn boundaries.
 */

type Country = GeometryObject<{ name: string }> & { properties: { name: string } }
type Poly = GeometryObject & { type: 'Polygon', arcs: number[][] }
type MultiPoly = GeometryObject & { type: 'MultiPolygon', arcs: number[][][] }

export interface Borders {
  /** The countries' polygons, Crimea as a polygon of its own. */
  geometries: Country[]
  /** Which country owns each polygon after the choices: borders are drawn only between two owners. */
  owner: Map<GeometryObject, string>
  solid: Position[][]
  dashed: Position[][]
}

function finders(geometries: Country[]) {
  return {
    byId(id: string) {
      const found = geometries.find(g => g.id === id)
      if (!found)
        throw new Error(`world-atlas: no country with id ${id}`)
      return found
    },
    byName(name: string) {
      const found = geometries.find(g => g.properties.name === name)
      if (!found)
        throw new Error(`world-atlas: no country named ${name}`)
      return found
    },
  }
}

/** Crimea: the polygon of Russia's MultiPolygon that contains Simferopol, cut out of Russia. */
function cutCrimea(topology: Atlas, russia: MultiPoly): number[][] {
  const crimeaIndex = russia.arcs.findIndex(polygonArcs =>
    geoContains(feature(topology, { type: 'Polygon', arcs: polygonArcs } as Poly) as Feature, [34.1, 44.95]))
  if (crimeaIndex < 0)
    throw new Error('Crimea not found inside Russia: check the world-atlas version and the border choices')
  return russia.arcs.splice(crimeaIndex, 1)[0]!
}

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

/** Gives Crimea to Ukraine, Kosovo to Serbia and Northern Cyprus to Cyprus: the owner of every polygon. */
function owners(topology: Atlas, geometries: Country[]): { owner: Map<GeometryObject, string>, kosovo: Country } {
  const { byId, byName } = finders(geometries)
  const crimea = cutCrimea(topology, byId(ids.russia) as unknown as MultiPoly)
  const kosovo = byName('Kosovo')
  const northernCyprus = byName('N. Cyprus')
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
  return { owner, kosovo }
}

/** Applies the choices to the (simplified) topology and returns the owners and the solid and dashed borders. */
export function borderChoices(topology: Atlas): Borders {
  const countries = topology.objects.countries
  const geometries = countries.geometries as Country[]
  const { owner, kosovo } = owners(topology, geometries)
  const { byId } = finders(geometries)
  const kashmirParties = new Set([ids.india, ids.pakistan, ids.china])
  const isKashmirPair = (a: GeometryObject, b: GeometryObject) => kashmirParties.has(owner.get(a)!) && kashmirParties.has(owner.get(b)!)
  const otherBorders = mesh(topology, countries, (a, b) => a !== b && owner.get(a) !== owner.get(b) && !isKashmirPair(a, b)) as MultiLineString
  const kashmir = splitByKashmir(mesh(topology, countries, (a, b) => a !== b && owner.get(a) !== owner.get(b) && isKashmirPair(a, b)) as MultiLineString)
  // Kosovo's boundary with the rest of Serbia is dashed; its other borders are Serbia's borders (solid).
  const kosovoSerbia = mesh(topology, countries, (a, b) => (a === kosovo && b === byId(ids.serbia)) || (b === kosovo && a === byId(ids.serbia))) as MultiLineString
  return {
    geometries,
    owner,
    solid: [
      ...otherBorders.coordinates,
      ...kashmir.outside,
    ],
    dashed: [
      ...kashmir.inside,
      ...kosovoSerbia.coordinates,
    ],
  }
}
