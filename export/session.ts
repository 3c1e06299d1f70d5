import type { Browser } from 'playwright-chromium'
import type { ViteDevServer } from 'vite'
import type { FoundBrowser } from './browser.ts'
import type { DeckSlide } from './deck.ts'
import { join } from 'node:path'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { chromiumArgs } from './browser.ts'
import { projectRoot } from './deck.ts'
import { browserOrExit } from './slidev.ts'

/**
 * The deck's server (Slidev's, as `slidev export` runs it, in this process on a free port) and a Chromium,
 * started when the first output of a run asks for them and shared by every output of that run: with
 * `--all` the slide PDF, the handout, the PowerPoint files (Slidev's exporter, export/slidev-exporter.ts)
 * and their slide texts come from one server whose modules are transformed once. The browser is found
 * once a run; Playwright's and Vite's temporary files go into the run's folder.
 */
export interface DeckSession {
  /** The deck's address, e.g. `http://127.0.0.1:40123`. */
  url: string
  port: number
  /** Slidev's options for the deck, as its exporter reads them. */
  options: SlidevOptions
  /** The browser found (export/browser.ts), for Slidev's exporter, which launches its own. */
  found: FoundBrowser
}

export type SlidevOptions = Awaited<ReturnType<typeof resolveOptions>>

async function startServer(deck: DeckSlide[]): Promise<{ server: ViteDevServer, options: SlidevOptions }> {
  process.env.DECK_EXPORT_SLIDES = String(deck.length)
  const options = await resolveOptions({
    entry: join(projectRoot, 'slides.md'),
  }, 'export')
  const server = await createServer(options, {
    root: projectRoot,
    server: { port: 0, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'error',
  })
  await server.listen()
  return { server, options }
}

function serverPort(server: ViteDevServer): number {
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string')
    throw new Error('the deck\'s server has no port')
  return address.port
}

/**
 * One run's session: `open()` starts the server once, `browser()` launches the Chromium once (a PNG or
 * PowerPoint run without pages of its own needs none), `close()` ends what was started.
 */
export class SessionHolder {
  private started?: Promise<{ session: DeckSession, server: ViteDevServer }>
  private launched?: Promise<Browser>
  private made = new Map<string, Promise<unknown>>()
  private tmpBefore = process.env.TMPDIR
  private deck: DeckSlide[]
  private tmp: string | undefined

  constructor(deck: DeckSlide[], tmp: string | undefined) {
    this.deck = deck
    this.tmp = tmp
  }

  /** What `make` gives, made once per run (e.g. the slide texts both PowerPoint files describe). */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.made.has(key))
      this.made.set(key, make())
    return this.made.get(key) as Promise<T>
  }

  open(): Promise<DeckSession> {
    this.started ??= this.start()
    return this.started.then(s => s.session)
  }

  browser(): Promise<Browser> {
    this.launched ??= this.open().then(async ({ found }) => chromium.launch({ executablePath: found.path, args: chromiumArgs }))
    return this.launched
  }

  private async start(): Promise<{ session: DeckSession, server: ViteDevServer }> {
    const found = browserOrExit()
    console.log(`export: using ${found.path} (found via ${found.via})`)
    process.env.TMPDIR = this.tmp
    const { server, options } = await startServer(this.deck)
    const port = serverPort(server)
    return {
      session: {
        url: `http://127.0.0.1:${port}`,
        port,
        options,
        found,
      },
      server,
    }
  }

  async close(): Promise<void> {
    const [started, browser] = await Promise.all([
      this.started?.catch(() => undefined),
      this.launched?.catch(() => undefined),
    ])
    this.started = undefined
    this.launched = undefined
    await browser?.close()
    await started?.server.close()
    process.env.TMPDIR = this.tmpBefore
  }
}
