import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-core'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, requireBrowser } from '../../export/browser'
import { loadDeck } from '../../export/deck'
import { splitTitle } from '../../layouts/title'
import { cleanTemp, copyProject, copyWithEdit, slidevBin } from './helpers'
import { presenterDrivesAudience } from './presenter-drive'

let child: ChildProcess | undefined

const password = 'kazakh-remote'

/**
 * Starts `slidev` (what `npm run dev` runs; with `--remote <password>` when `remote`) and resolves with its
 * URL, or rejects with its output when it exits.
 */
function startDev(root: string, port: number, remote = false): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    child = spawn(slidevBin, [
      '--port',
      String(port),
      '--open',
      'false',
      ...(remote
        ? ['--remote', password]
        : []),
    ], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    const onData = (chunk: Uint8Array) => {
      output += new TextDecoder().decode(chunk)
      if (output.includes(`localhost:${port}`))
        resolve(`http://localhost:${port}/`)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', code => reject(new Error(`slidev exited with ${code}:\n${output}`)))
  })
}

/** Stops the server a test started on its own. */
function stop(): void {
  child?.kill('SIGTERM')
  child = undefined
}

afterAll(cleanTemp)

describe('npm run dev', () => {
  it('refuses to start with a bad data record, naming the file, the record and the field', async () => {
    const copy = copyWithEdit('data/trade.ts', 'value: 39.9', 'value: -39.9')
    try {
      await expect(startDev(copy, 3312)).rejects.toThrow('data/trade.ts: record #7 (eu 2022 kazakh): field "value": a trade value cannot be negative')
    }
    finally {
      stop()
    }
  })
})

/**
 * One server for the tests that open the deck, `npm run dev -- --remote <password>` on a copy of the project
 * (the last test changes its data): a server and its first pages cost more than the checks made on them.
 */
describe('npm run dev -- --remote <password>, in a copy of the project', () => {
  let copy: string
  let url: string
  let browser: Browser

  beforeAll(async () => {
    copy = copyProject()
    url = await startDev(copy, 3313, true)
    browser = await chromium.launch({ executablePath: requireBrowser().path, args: chromiumArgs })
  })

  afterAll(async () => {
    await browser?.close()
    stop()
  })

  it('serves the deck: the title slide shows in Chromium', async () => {
    const page = await browser.newPage()
    try {
      // The copy's server bundles its dependencies first (a cache of its own): allow for it on a busy machine.
      await page.goto(`${url}1`, { timeout: 120_000 })
      const h1 = page.locator('.slidev-page-1 h1')
      await h1.waitFor({ state: 'visible', timeout: 60_000 })
      // The cover's heading is the headmatter's title, up to its first ": ".
      const title = String((await loadDeck(copy))[0]!.frontmatter.title)
      expect(await h1.innerText()).toBe(splitTitle(title).heading)
    }
    finally {
      await page.close()
    }
  })

  it('keeps the audience window following the presenter view', async () => {
    await presenterDrivesAudience(browser, url, `?password=${password}`)
  })

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
        await page.goto(`${url}presenter/3`)
        await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe('/3')
        await page.locator('.slidev-page-3 h1').first().waitFor({ state: 'visible', timeout: 60_000 })
        expect(await page.locator('.slidev-presenter').count()).toBe(0)
      }
      expect(asked).toEqual(['Enter password', 'Enter password'])

      await page.goto(`${url}presenter/3?password=${password}`)
      await page.locator('.slidev-presenter').waitFor({ state: 'visible', timeout: 60_000 })
      expect(new URL(page.url()).pathname).toBe('/presenter/3')
      expect(asked).toHaveLength(2)
    }
    finally {
      await context.close()
    }
  })

  it('shows a bad data record in the error overlay when a data file changes while presenting', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${url}5`, { waitUntil: 'networkidle', timeout: 120_000 })
      await page.locator('.slidev-page-5 h1').waitFor({ state: 'visible', timeout: 60_000 })
      // A first start may still re-optimise dependencies and reload the page once; let that settle.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(2000)
      const file = join(copy, 'data', 'trade.ts')
      writeFileSync(file, readFileSync(file, 'utf8').replace('value: 39.9', 'value: -39.9'))
      const overlay = page.locator('vite-error-overlay')
      await overlay.waitFor({ state: 'attached', timeout: 30_000 })
      await expect.poll(() => overlay.evaluate(el => el.shadowRoot?.textContent ?? ''), { timeout: 10_000 })
        .toContain('data/trade.ts: record #7 (eu 2022 kazakh): field "value": a trade value cannot be negative')
    }
    finally {
      await page.close()
    }
  })
})
