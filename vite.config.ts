import process from 'node:process'
import { defineConfig } from 'vite'
import { cleanMetaTags } from './plugins/clean-meta.ts'
import { deckQr } from './plugins/deck-qr.ts'
import { exportReadyPlugin } from './plugins/export-ready.ts'
import { exportWarmupPlugin } from './plugins/export-warmup.ts'
import { fontSubsetPlugin } from './plugins/font-subset.ts'
import { hostingHeaders } from './plugins/hosting-headers.ts'
import { iconsWithTheirSlides } from './plugins/icon-chunks.ts'
import { prebundled } from './plugins/optimize-deps.ts'
import { singleFilePlugins } from './plugins/single-file.ts'
import { steadyImportGlobs } from './plugins/steady-import-globs.ts'
import { unscanned } from './plugins/unocss-scan.ts'
import { validateDataOnChange } from './plugins/validate-data.ts'
import { vueRuntimeOnly } from './plugins/vue-runtime.ts'
import { deckSourceProblems } from './setup/slide-sources.ts'
// Importing the data checks (in Node only: the browser gets the records unchecked, without zod) validates
// every record: `slidev` and `slidev build` stop at start-up with the message of the first bad record
// (file, record, field) instead of showing a silently wrong slide.
import './data/validate.ts'

// Every slide's `sources:` checked as `slidev` and `slidev build` start: an unknown id stops them at once,
// naming the slide, its file and the id, instead of half-way through a build.
const sourceProblems = await deckSourceProblems(import.meta.dirname)
if (sourceProblems.length)
  throw new Error(sourceProblems.join('\n'))

/** The deck's Vite setup: each plugin's file says what it does and why. */
export default defineConfig({
  slidev: {
    unocss: {
      content: {
        pipeline: { exclude: unscanned },
      },
    },
  },
  optimizeDeps: { include: prebundled },
  plugins: [
    // Slidev's glob modules read whole while another slidev process of the project rewrites them.
    steadyImportGlobs(),
    validateDataOnChange(),
    cleanMetaTags(),
    // The closing slide's QR code to the reader view, from DECK_URL (none without it).
    deckQr(),
    // Only in the one-file build (`npm run export -- --format html` sets DECK_SINGLE_FILE=1).
    ...(process.env.DECK_SINGLE_FILE === '1'
      ? singleFilePlugins()
      : []),
    // Changes the page only when the export sets DECK_EXPORT_SLIDES.
    exportReadyPlugin(),
    iconsWithTheirSlides(),
    // Only in `slidev build`: Vue without its template compiler.
    vueRuntimeOnly(),
    // Only in `slidev export`.
    exportWarmupPlugin(),
    // Only in `slidev build`: the fonts cut to the deck's characters; the hosted build's headers.
    fontSubsetPlugin(),
    hostingHeaders(),
  ],
})
