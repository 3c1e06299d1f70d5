import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportWarmupPlugin, slideModuleUrls, warmedFileUrls, warmupPluginName } from '../../plugins/export-warmup'

describe('export warm-up', () => {
  it('reads the slide module URLs from Slidev\'s /@slidev/slides module', () => {
    // The statements Slidev 53 writes for each slide (node/virtual/slides.ts).
    const code = [1, 2, 12].map(no => [
      `import { meta as f${no} } from '/@slidev/slides/${no}/frontmatter'`,
      `const load${no} = async () => {`,
      `  try { return componentsCache[${no - 1}] ??= await import('/@slidev/slides/${no}/md') }`,
      `  catch (e) { console.error('slide failed to load', e); return SlideError }`,
      `}`,
    ].join('\n')).join('\n')
    expect(slideModuleUrls(code)).toEqual(['/@slidev/slides/1/md', '/@slidev/slides/2/md', '/@slidev/slides/12/md'])
    expect(slideModuleUrls('import("/@slidev/slides/3/md")')).toEqual(['/@slidev/slides/3/md'])
    expect(slideModuleUrls('export const slides = []')).toEqual([])
  })

  it('warms the components, the layout maths and the data, nothing else (not the data checks, which run in Node only)', () => {
    const urls = warmedFileUrls(resolve(import.meta.dirname, '../..'))
    expect(urls).toEqual(expect.arrayContaining([
      '/components/TradeChart.vue',
      '/components/PowerAtAGlance.vue',
      '/charts/chart-utils.ts',
      '/data/visits.ts',
      '/data/claims.ts',
    ]))
    expect(urls).not.toContain('/data/schema.ts')
    expect(urls).not.toContain('/data/validate.ts')
    expect(urls.some(u => u.includes('/schemas/'))).toBe(false)
    expect(urls.every(u => /^\/components\/\w+\.vue$|^\/(?:charts|data)\/[\w-]+\.ts$/.test(u)), urls.join(' ')).toBe(true)
    expect(urls.some(u => u.endsWith('.json'))).toBe(false)
  })

  it('warms only in `slidev export` (Slidev\'s __DEV__ false), never in the presenting dev server', () => {
    const hooks = (define: Record<string, string>): { uses: number } => {
      const plugin = exportWarmupPlugin()
      let uses = 0
      const configResolved = plugin.configResolved as (c: unknown) => void
      const configureServer = plugin.configureServer as (s: unknown) => void
      configResolved({ define })
      configureServer({
        middlewares: {
          use: () => { uses++ },
        },
        config: {
          logger: {
            warn: () => {},
          },
        },
      })
      return { uses }
    }
    expect(exportWarmupPlugin().name).toBe(warmupPluginName)
    expect(hooks({ __DEV__: 'false' }).uses).toBe(1)
    expect(hooks({ __DEV__: 'true' }).uses).toBe(0)
  })
})
