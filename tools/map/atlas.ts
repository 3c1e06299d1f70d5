import type { GeometryCollection, Topology } from 'topojson-specification'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** Natural Earth 1:50m Admin 0 countries, as redistributed by the npm package `world-atlas` (countries-50m.json). */

export type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>

export function loadAtlas(): { topology: Atlas, atlasVersion: string } {
  const require = createRequire(import.meta.url)
  const atlasPath = require.resolve('world-atlas/countries-50m.json')
  const atlasVersion = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version
  const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Atlas
  return { topology, atlasVersion }
}
