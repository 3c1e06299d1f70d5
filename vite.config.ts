import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
// Importing the data validates every record: `slidev` and `slidev build` stop at start-up with the
// message of the first bad record (file, record, field) instead of showing a silently wrong slide.
import './data/index.ts'

/** While presenting from the dev server, re-validate when a data file changes and show the error overlay. */
function validateDataOnChange(): Plugin {
  return {
    name: 'deck:validate-data',
    apply: 'serve',
    async handleHotUpdate({ file, server }) {
      if (!/[\\/]data[\\/][^\\/]+\.ts$/.test(file))
        return
      try {
        for (const mod of server.moduleGraph.getModulesByFile(file) ?? [])
          server.moduleGraph.invalidateModule(mod)
        await server.ssrLoadModule('/data/index.ts')
      }
      catch (e) {
        const err = e as Error
        server.config.logger.error(err.message)
        server.ws.send({
          type: 'error',
          err: { message: err.message, stack: err.stack ?? '' },
        })
        return []
      }
    },
  }
}

export default defineConfig({
  plugins: [
    validateDataOnChange(),
  ],
})
