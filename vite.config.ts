import type { Plugin } from 'vite'
import process from 'node:process'
import { defineConfig } from 'vite'
import { cleanMetaTags } from './scripts/clean-meta.ts'
import { exportReadyPlugin } from './scripts/export-ready.ts'
import { exportWarmupPlugin } from './scripts/export-warmup.ts'
import { singleFilePlugins } from './scripts/single-file-vite.ts'
// Importing the data validates every record: `slidev` and `slidev build` stop at start-up with the
// message of the first bad record (file, record, field) instead of showing a silently wrong slide.
import './data/index.ts'

/**
 * While presenting from the dev server, re-validate when a data file changes: a bad record is logged
 * and shown in Vite's error overlay with its message (file, record, field).
 */
function validateDataOnChange(): Plugin {
  return {
    name: 'deck:validate-data',
    apply: 'serve',
    enforce: 'pre',
    async hotUpdate({ file, server }) {
      if (this.environment.name !== 'client' || !/[\\/]data[\\/][^\\/]+\.(?:ts|json)$/.test(file))
        return
      try {
        const ssr = server.environments.ssr.moduleGraph
        for (const mod of ssr.getModulesByFile(file) ?? [])
          ssr.invalidateModule(mod)
        await server.ssrLoadModule('/data/index.ts')
      }
      catch (e) {
        const err = e as Error
        server.config.logger.error(err.message)
        // Other plugins still push an update for the importers, and Vite clears the overlay on an
        // update, so the error goes out just after it.
        const hot = this.environment.hot
        setTimeout(() => hot.send({
          type: 'error',
          err: { message: err.message, stack: err.stack ?? '' },
        }), 500)
        return []
      }
    },
  }
}

/**
 * Slidev bundles every icon of the deck into one chunk that the first page loads. The deck's Phosphor
 * icons (`<ph-… />`, none on the title slide) go with the slides that use them instead, so the first
 * slide does not download the icons of the other twenty-two. Slidev's own chunking is kept for the rest.
 */
function iconsWithTheirSlides(): Plugin {
  return {
    name: 'deck:icons-with-their-slides',
    // Not in the one-file build, which has no chunks at all.
    apply: (_, env) => env.command === 'build' && process.env.DECK_SINGLE_FILE !== '1',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function')
        return
      const slidevChunks = output.manualChunks
      return {
        build: {
          rollupOptions: {
            output: {
              manualChunks: (id, meta) => id.startsWith('~icons/ph/')
                ? undefined
                : slidevChunks(id, meta),
            },
          },
        },
      }
    },
  }
}

export default defineConfig({
  slidev: {
    unocss: {
      content: {
        pipeline: {
          // UnoCSS reads every word of a scanned file as a possible utility, and the dev server regenerates
          // its CSS from all of them each time a module brings new ones. The deck's components style
          // themselves with their own scoped CSS (tests/unit/components-unocss.test.ts checks that their
          // templates use no utility), so they are not scanned: 2,600 words to match instead of 4,800. In a
          // CPU profile of one `slidev export`, UnoCSS and the garbage collector took 3.4 s before, 1.3 s
          // after. Style sheets stay out, as in UnoCSS's default.
          exclude: [/\.(?:css|postcss|sass|scss|less|stylus|styl)(?:$|\?)/, /[\\/]components[\\/][^\\/]+\.vue(?:$|\?)/],
        },
      },
    },
  },
  // The slides import these through Slidev's virtual slide modules, which Vite's start-up scan does not
  // follow: without this, Vite finds them while the first page loads, re-bundles and reloads the page,
  // and `slidev export` prints that reloading page ("Loading slide..." on every page).
  optimizeDeps: {
    include: [
      'd3-array',
      'd3-scale',
      'zod/mini',
      // Slidev keeps its client's libraries out of pre-bundling, so the dev server sends these, which
      // they import, file by file: about 125 requests on every page load and export. Pre-bundled, they
      // come as about 25.
      'popmotion',
      'style-value-types',
      'framesync',
      'roughjs/bin/generator',
      'roughjs/bin/math',
      'roughjs/bin/renderer',
      'unhead',
      'unhead/client',
      'unhead/plugins',
      'unhead/scripts',
      'unhead/utils',
    ],
  },
  plugins: [
    validateDataOnChange(),
    // Description, author and keywords meta tags without Slidev's stray quotes and \n (see the file).
    cleanMetaTags(),
    // `npm run export -- --format html` (scripts/single-file.ts) builds with DECK_SINGLE_FILE=1: every
    // script, style, font and image inlined into one index.html. The dev server and `slidev build` never set it.
    ...(process.env.DECK_SINGLE_FILE === '1'
      ? singleFilePlugins()
      : []),
    // Slidev's export waits until every slide is drawn (only when scripts/export.ts sets DECK_EXPORT_SLIDES).
    exportReadyPlugin(),
    iconsWithTheirSlides(),
    // In `slidev export` only: the components, layout maths and data transformed from start-up on, every
    // slide from the first request on (see the file).
    exportWarmupPlugin(),
  ],
})
