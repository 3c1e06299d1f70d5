import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveStatic } from './serve.ts'

/** `npm run preview [-- --base /sub/path/ --port 4173]`: serves dist/ as a static host would. */
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: 'dist' },
  },
})
const server = await serveStatic(values.dir, values.base, Number(values.port))
console.log(`Serving ${values.dir}/ at ${server.url} (Ctrl+C to stop)`)
process.on('SIGINT', () => void server.close().then(() => process.exit(0)))
