import type { Plugin } from 'vite'

/**
 * While presenting from the dev server, re-validate when a data file or a schema changes: the browser
 * does not check the records (data/validate.ts does, in Node), so a bad record is logged here and shown in
 * Vite's error overlay with its message (file, record, field).
 */
export function validateDataOnChange(): Plugin {
  return {
    name: 'deck:validate-data',
    apply: 'serve',
    enforce: 'pre',
    async hotUpdate({ file, server }) {
      if (this.environment.name !== 'client' || !/[\\/]data[\\/](?:schemas[\\/])?[^\\/]+\.(?:ts|json)$/.test(file))
        return
      try {
        const ssr = server.environments.ssr.moduleGraph
        for (const mod of ssr.getModulesByFile(file) ?? [])
          ssr.invalidateModule(mod)
        await server.ssrLoadModule('/data/validate.ts')
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
