import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The records of data/ are checked in Node (data/validate.ts) so that the browser never downloads zod.
 * This follows the relative imports of everything the browser loads, from the deck's own entry points,
 * and fails when one of the modules it reaches imports zod. `import type` is left out: it is erased.
 * The build test (tests/browser/build.test.ts) checks the same in the built files.
 */

const root = resolve(import.meta.dirname, '../..')

/** Where the browser's modules start: components, layouts, charts, the app setup, reader and presenter. */
const entryFolders = [
  'components',
  'layouts',
  'charts',
  'reader',
  'presenter',
]
const entryFiles = [
  'setup/main.ts',
  'setup/routes.ts',
  'slide-top.vue',
  'custom-nav-controls.vue',
]

/** The specifiers a module imports at run time (static, re-exports, side effects, dynamic), not types. */
function runtimeImports(code: string): string[] {
  const statements = [
    ...code.matchAll(/^[ \t]*(?:import|export)([^'"`;]+?)from\s*['"]([^'"]+)['"]/gm),
  ].filter(m => !/^\s+type\b/.test(m[1]!)).map(m => m[2]!)
  const bare = [
    ...code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map(m => m[1]!)
  const dynamic = [
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map(m => m[1]!)
  return [
    ...statements,
    ...bare,
    ...dynamic,
  ]
}

/** The file a relative specifier names, with the extensions the deck leaves out. */
function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec)
  return [
    base,
    `${base}.ts`,
    `${base}.vue`,
    `${base}.js`,
    join(base, 'index.ts'),
  ]
    .find(f => existsSync(f) && statSync(f).isFile())
}

function filesIn(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter(f => /\.(?:ts|vue|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map(f => join(root, dir, f))
}

/** Every module reachable from `entries`, each with the chain of imports that reaches it. */
function reachable(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>()
  const queue: [string, string[]][] = entries.map(f => [
    f,
    [
      relative(root, f),
    ],
  ])
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file, chain] = next
    if (seen.has(file))
      continue
    seen.set(file, chain)
    if (!/\.(?:ts|vue|js)$/.test(file))
      continue
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.'))
        continue
      const target = resolveRelative(file, spec)
      if (target && !seen.has(target)) {
        queue.push([
          target,
          [
            ...chain,
            relative(root, target),
          ],
        ])
      }
    }
  }
  return seen
}

/** The modules among `entries`' reach that import zod, each as its chain of imports. */
function zodImporters(entries: string[]): string[] {
  return [
    ...reachable(entries),
  ]
    .filter(([file]) => /\.(?:ts|vue|js)$/.test(file))
    .filter(([file]) => runtimeImports(readFileSync(file, 'utf8')).some(s => s === 'zod' || s.startsWith('zod/')))
    .map(([, chain]) => `${chain.join(' → ')} imports zod`)
}

const clientEntries = [
  ...entryFolders.flatMap(filesIn),
  ...entryFiles.map(f => join(root, f)),
]

describe('the browser\'s modules', () => {
  it('reads imports as the bundler does: values, re-exports, side effects and dynamic imports, not types', () => {
    expect(runtimeImports([
      'import type { A } from \'./a\'',
      'import { b } from \'./b\'',
      'import {\n  c,\n  d,\n} from \'./c\'',
      'export type { E } from \'./e\'',
      'export { f } from \'./f\'',
      'import \'./g.css\'',
      'const h = () => import(\'./h.vue\')',
    ].join('\n'))).toEqual([
      './b',
      './c',
      './f',
      './g.css',
      './h.vue',
    ])
  })

  it('reach data/ without its checks: none of them imports zod', () => {
    const reached = reachable(clientEntries)
    // The walk does reach the data the slides show, so an empty result means something.
    expect(reached.has(join(root, 'data/trade.ts'))).toBe(true)
    expect(reached.has(join(root, 'data/visits.ts'))).toBe(true)
    expect(zodImporters(clientEntries)).toEqual([])
  })

  it('would be caught importing the Node-side checks', () => {
    expect(zodImporters([
      join(root, 'data/validate.ts'),
    ])).toContain('data/validate.ts → data/schemas/map.ts imports zod')
  })
})
