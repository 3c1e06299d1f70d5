import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

/** What presenting.test.ts (the built site) and dev.test.ts (the dev server) check of presenting. */

/** The slide number the audience window's URL shows. */
function slideOf(page: Page): number {
  return Number(new URL(page.url()).pathname.split('/').filter(Boolean).at(-1) ?? '1')
}

/**
 * The audience window and the presenter view side by side in one browser (one context: same origin,
 * so Slidev keeps them in sync), the presenter advancing with the keyboard as with a clicker.
 */
export async function presenterDrivesAudience(browser: Browser, base: string, presenterQuery = ''): Promise<void> {
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
