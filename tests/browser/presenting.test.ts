import type { Browser } from 'playwright-core'
import type { StaticServer } from '../../tools/serve'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { serveStatic } from '../../tools/serve'
import { buildDeck, cleanTemp } from './helpers'
import { presenterDrivesAudience } from './presenter-drive'

/** Presenting from the built site; from the dev server (npm run dev -- --remote): dev.test.ts. */
let browser: Browser
let server: StaticServer | undefined

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
  const built = buildDeck('/')
  expect(built.result.status, built.result.output).toBe(0)
  server = await serveStatic(built.dir, '/')
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  cleanTemp()
})

describe('presenting: the audience window follows the presenter view', () => {
  it('in the built site', async () => {
    await presenterDrivesAudience(browser, server!.url)
  })
})
