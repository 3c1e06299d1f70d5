import type { Position } from 'geojson'

/**
 * The base map's choices: its frame, how much it is simplified, which countries are tinted or have
 * disputed borders, and the schematic bends of the route legs. Why each border is drawn as it is: the
 * header of tools/map/borders.ts.
 */

/** The map's frame in SVG units: the RouteMap draws it at 1:1 inside its 860-wide viewBox. */
export const WIDTH = 860
export const HEIGHT = 316
/** Douglas–Peucker tolerance in SVG units, and the smallest island kept (square units). */
export const TOLERANCE = 0.45
export const MIN_AREA = 4
export const DIGITS = 1

/** ISO 3166-1 numeric ids of the 27 EU member states (2022), merged into one tinted shape. */
export const euIds = new Set([
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
export const ids = {
  russia: '643',
  china: '156',
  kazakhstan: '398',
  ukraine: '804',
  serbia: '688',
  cyprus: '196',
  india: '356',
  pakistan: '586',
}
export const kashmirBox = {
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
export const legBends: Record<string, Position[]> = {
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
