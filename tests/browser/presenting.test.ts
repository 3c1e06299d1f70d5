import type { ChildProcess } from 'node:child_process'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { StaticServer } from '../../tools/serve'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { projectRoot } from '../../export/deck'
import { serveStatic } from '../../tools/serve'
import { buildDeck, cleanTemp, slidevBin } from './helpers'

const password = 'kazakh-remote'
let browser: Browser
let server: StaticServer | undefined
let dev: ChildProcess | undefined
let devUrl: string

/** Starts `slidev --remote <password>` (what `npm run dev -- --remote …` runs) and resolves with its local URL. */
function startRemoteDev(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    dev = spawn(slidevBin, [
      '--port',
      String(port),
      '--open',
      'false',
      '--remote',
      password,
    ], {
      cwd: projectRoot,
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    const onData = (chunk: Uint8Array) => {
      output += new TextDecoder().decode(chunk)
      if (output.includes(`localhost:${port}`))
        resolve(`http://localhost:${port}/`)
    }
    dev.stdout!.on('data', onData)
    dev.stderr!.on('data', onData)
    dev.on('exit', code => reject(new Error(`slidev exited with ${code}:\n${output}`)))
  })
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
  const built = buildDeck('/')
  expect(built.result.status, built.result.output).toBe(0)
  server = await serveStatic(built.dir, '/')
  devUrl = await startRemoteDev(3321)
})

afterAll(async () => {
  dev?.kill('SIGTERM')
  await browser?.close()
  await server?.close()
  cleanTemp()
})

/** The slide number the audience window's URL shows. */
function slideOf(page: Page): number {
  return Number(new URL(page.url()).pathname.split('/').filter(Boolean).at(-1) ?? '1')
}

/**
 * The audience window and the presenter view side by side in one browser (one context: same origin,
 * so Slidev keeps them in sync), the presenter advancing with the keyboard as with a clicker.
 */
async function presenterDrivesAudience(base: string, presenterQuery = ''): Promise<void> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  try {
    const audience = await context.newPage()
    await audience.goto(`${base}1`)
    await audience.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: 120_000 })
    const presenter = await context.newPage()
    await presenter.goto(`${base}presenter/1${presenterQuery}`)
    await presenter.locator('.slidev-presenter').waitFor({ state: 'visible', timeout: 60_000 })
    await presenter.locator('.slidev-note').first().waitFor({ state: 'visible', timeout: 60_000 })
    // Both windows settled (on a cold dev server, modules are still arriving) before the first key.
    await audience.waitForLoadState('networkidle')
    await presenter.waitForLoadState('networkidle')
    await presenter.waitForTimeout(1000)

    // ↓: next slide, skipping click steps; ↑: back.
    for (const [key, no] of [
      ['ArrowDown', 2],
      ['ArrowDown', 3],
      ['ArrowUp', 2],
    ] as const) {
      await presenter.bringToFront()
      await presenter.keyboard.press(key)
      await expect.poll(() => new URL(presenter.url()).pathname, { timeout: 15_000 }).toBe(`/presenter/${no}`)
      await expect.poll(() => slideOf(audience), { timeout: 15_000 }).toBe(no)
      await audience.locator(`.slidev-page-${no} h1`).first().waitFor({ state: 'visible', timeout: 15_000 })
      // The audience window reports its new position back; let that round trip end, as a speaker's
      // pause between clicks does, and check that both windows still agree.
      await audience.waitForTimeout(1500)
      expect(new URL(presenter.url()).pathname).toBe(`/presenter/${no}`)
      expect(slideOf(audience)).toBe(no)
    }
  }
  finally {
    await context.close()
  }
}

describe('presenting: the audience window follows the presenter view', () => {
  it('in the built site', async () => {
    await presenterDrivesAudience(server!.url)
  })

  it('on the dev server (npm run dev), here started with --remote', async () => {
    await presenterDrivesAudience(devUrl, `?password=${password}`)
  })
})

describe('npm run dev -- --remote <password>', () => {
  it('refuses the presenter view without the password (or with a wrong one) and opens it with ?password=', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    try {
      const page = await context.newPage()
      const asked: string[] = []
      // Slidev asks with prompt(); answer nothing, then a wrong password.
      let answer: string | undefined
      page.on('dialog', (d) => {
        asked.push(d.message())
        void (answer === undefined
          ? d.dismiss()
          : d.accept(answer))
      })
      for (const attempt of [undefined, 'not-the-password']) {
        answer = attempt
        await page.goto(`${devUrl}presenter/3`)
        await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe('/3')
        await page.locator('.slidev-page-3 h1').first().waitFor({ state: 'visible', timeout: 60_000 })
        expect(await page.locator('.slidev-presenter').count()).toBe(0)
      }
      expect(asked).toEqual(['Enter password', 'Enter password'])

      await page.goto(`${devUrl}presenter/3?password=${password}`)
      await page.locator('.slidev-presenter').waitFor({ state: 'visible', timeout: 60_000 })
      expect(new URL(page.url()).pathname).toBe('/presenter/3')
      expect(asked).toHaveLength(2)
    }
    finally {
      await context.close()
    }
  })
})
