import type { Plugin, UserConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

/**
 * The Vite plugins of the one-file build (`npm run export -- --format html`, see export/html.ts):
 * vite-plugin-singlefile inlines every script, style, font and image into index.html. Slidev splits its
 * bundle into named chunks (`manualChunks`), which a build without code splitting refuses, so that option
 * is dropped for this build only, and the build is kept quiet. The dev server and the hosted build never
 * load these plugins.
 */
export function singleFilePlugins(): Plugin[] {
  const dropManualChunks: Plugin = {
    name: 'deck:single-file-no-manual-chunks',
    enforce: 'post',
    apply: 'build',
    config(config: UserConfig) {
      const rollup = config.build?.rollupOptions
      for (const output of [rollup?.output].flat()) {
        if (output && 'manualChunks' in output)
          delete output.manualChunks
      }
    },
  }
  // The build goes into a fresh folder of the export's own, outside the project: emptying it is safe, and
  // Vite otherwise warns that it will not. Rolldown's plugin timings are for whoever tunes the build, not
  // for someone exporting the deck.
  const quiet: Plugin = {
    name: 'deck:single-file-quiet',
    apply: 'build',
    config: () => ({
      build: {
        emptyOutDir: true,
        rolldownOptions: {
          checks: { bundlerTimings: false },
        },
      },
    }),
  }
  return [
    viteSingleFile({ removeViteModuleLoader: true }) as Plugin,
    dropManualChunks,
    quiet,
  ]
}
