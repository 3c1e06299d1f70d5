import type { Plugin } from 'vite'

/**
 * `slidev export` starts a dev server and prints its print page, which draws every slide at once. The dev
 * server transforms modules only when the browser asks for them, and the browser learns of them a layer
 * at a time: slide → component → layout maths → data → d3. Each layer waits for the one before it.
 *
 * In an export (Slidev's dev server with `__DEV__` false), this plugin asks the server to transform every
 * slide as soon as the first request arrives (the print page's HTML). Vite then transforms what each slide
 * imports, so the slides, components and icons are ready when the browser asks for them. Starting at the
 * first request instead of at start-up leaves the CPU to Playwright while it starts the browser.
 *
 * `npm run dev` (presenting) is left alone: there slide 1 comes first and the others on demand.
 */
export const warmupPluginName = 'deck:export-warmup'

/** The slide module URLs in the code of Slidev's `/@slidev/slides` module (`import('/@slidev/slides/N/md')`). */
export function slideModuleUrls(code: string): string[] {
  return [
    ...code.matchAll(/import\(\s*["'](\/@slidev\/slides\/\d+\/md)["']\s*\)/g),
  ].map(m => m[1]!)
}

export function exportWarmupPlugin(): Plugin {
  let exporting = false
  return {
    name: warmupPluginName,
    apply: 'serve',
    configResolved(config) {
      // Slidev defines __DEV__ as "true" for `slidev` and "false" for `slidev export`.
      exporting = config.define?.__DEV__ === 'false'
    },
    configureServer(server) {
      if (!exporting)
        return
      let started = false
      const warm = async (): Promise<void> => {
        const list = await server.transformRequest('/@slidev/slides')
        const urls = slideModuleUrls(list?.code ?? '')
        if (!urls.length) {
          server.config.logger.warn(`[${warmupPluginName}] found no slide modules in /@slidev/slides: the export runs, but without the warm-up`)
          return
        }
        await Promise.all(urls.map(url => server.warmupRequest(url)))
      }
      server.middlewares.use((_req, _res, next) => {
        if (!started) {
          started = true
          warm().catch((e: unknown) => server.config.logger.warn(`[${warmupPluginName}] ${(e as Error).message}`))
        }
        next()
      })
    },
  }
}
