import type { Alias, Plugin } from 'vite'
import { createRequire } from 'node:module'

/**
 * Slidev points `vue` at Vue's full build, which carries the template compiler (about a fifth of the
 * first download) for components written as template strings at run time. The deck compiles all its
 * templates at build time, so the built site takes Vue's runtime-only build instead.
 */
const runtimeOnly = createRequire(import.meta.url).resolve('vue/dist/vue.runtime.esm-bundler.js')

export function vueRuntimeOnly(): Plugin {
  return {
    name: 'deck:vue-runtime-only',
    apply: 'build',
    enforce: 'post',
    config(config) {
      const aliases = config.resolve?.alias
      const vue = Array.isArray(aliases)
        ? (aliases as Alias[]).find(a => a.find === 'vue')
        : undefined
      if (!vue || !String(vue.replacement).endsWith('vue.esm-bundler.js'))
        throw new Error(`deck:vue-runtime-only: Slidev no longer aliases "vue" to Vue's full build (found ${JSON.stringify(vue?.replacement)}); review plugins/vue-runtime.ts`)
      vue.replacement = runtimeOnly
    },
  }
}
