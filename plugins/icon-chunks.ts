import type { Plugin } from 'vite'
import process from 'node:process'

/**
 * Slidev bundles every icon of the deck into one chunk that the first page loads. The deck's Phosphor
 * icons (`<ph-… />`, none on the title slide) go with the slides that use them instead, so the first
 * slide does not download the icons of the other twenty-two. Slidev's own chunking is kept for the rest.
 */
export function iconsWithTheirSlides(): Plugin {
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
