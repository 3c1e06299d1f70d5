import { readdirSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')

/** Script files Slidev (unplugin-vue-components) would register as components too. */
const SCRIPT = new Set([
  '.ts',
  '.js',
  '.tsx',
  '.jsx',
  '.mts',
  '.cts',
  '.mjs',
  '.cjs',
])

/** Every script file under a folder, relative to it (sub-folders included: Slidev scans them too). */
function scriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => SCRIPT.has(extname(f)))
    .sort()
}

describe('components/ holds Vue SFCs only', () => {
  it('has no .ts/.js/.tsx file, which Slidev would auto-import as a component and report as a naming conflict', () => {
    expect(scriptFiles(resolve(root, 'components')), 'move plain modules to charts/ (layout maths) or another folder').toEqual([])
  })

  it('keeps the chart layout modules in charts/', () => {
    expect(scriptFiles(resolve(root, 'charts'))).toEqual(expect.arrayContaining([
      'chart-utils.ts',
      'route-map.ts',
      'trade-chart.ts',
      'use-chart.ts',
      'visit-timeline.ts',
    ]))
  })
})
