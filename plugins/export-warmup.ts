import type { Plugin } from 'vite'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * `slidev export` starts a dev server and prints its print page, which draws every slide at once. The dev
 * server transforms modules only when the browser asks for them, and the browser learns of them a layer
 * at a time: slide → component → layout maths → data → d3. Each layer waits for the one before it.
 *
 * In an export (Slidev's dev server with `__DEV__` false), this plugin has the server transform the ends of
 * that chain (the components, the layout maths and the data: `warmedFolders`) as it starts, and every
 * slide as soon as the first request arrives (the print page's HTML). Vite also transforms what each slide
 * imports, icons included, so all of it is ready when the browser asks. The slides wait for the first
 * request so that the CPU goes to Playwright while it starts the browser.
 *
 * `npm run dev` (presenting) is left alone: there slide 1 comes first and the others on demand, and a
 * warm-up would take the CPU from slide 1.
 */
export const warmupPluginName = 'deck:export-warmup'

/**
 * The folders whose modules are transformed as the export's server starts, with the file names that count.
 * Not data/'s checks (schema.ts, validate.ts, schemas/): they run in Node only, and transforming them for the
 * browser would have Vite discover zod as a dependency and reload the print page.
 */
export const warmedFolders: Record<string, RegExp> = {
  components: /\.vue$/,
  charts: /\.ts$/,
  data: /^(?!schema\.ts$|validate\.ts$).+\.ts$/,
}

/** The URLs of the modules in `warmedFolders`, under a deck's root. */
export function warmedFileUrls(root: string): string[] {
  return Object.entries(warmedFolders).flatMap(([dir, ends]) => readdirSync(join(root, dir))
    .filter(f => ends.test(f))
    .sort()
    .map(f => `/${dir}/${f}`))
}

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
      const complain = (e: unknown): void => server.config.logger.warn(`[${warmupPluginName}] ${(e as Error).message}`)
      server.httpServer?.once('listening', () => {
        Promise.resolve()
          .then(() => Promise.all(warmedFileUrls(server.config.root).map(url => server.warmupRequest(url))))
          .catch(complain)
      })
      let started = false
      const warmSlides = async (): Promise<void> => {
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
          warmSlides().catch(complain)
        }
        next()
      })
    },
  }
}
