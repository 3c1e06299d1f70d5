import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveStatic } from './serve.ts'

/**
 * `npm run preview [-- --base /sub/path/ --port 4173]`: serves dist/ as a static host would: files as
 * they are, a 404 for a missing file, the app for a deep link such as /7 or /presenter/3.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: 'dist' },
  },
})
if (!existsSync(join(values.dir, 'index.html'))) {
  console.error(`No ${values.dir}/index.html: build the deck first (\`npm run build\`, with the same --base).`)
  process.exit(1)
}
const server = await serveStatic(values.dir, values.base, Number(values.port))
console.log(`Serving ${values.dir}/ at ${server.url} (Ctrl+C to stop)`)
process.on('SIGINT', () => void server.close().then(() => process.exit(0)))
