import type { Page } from 'playwright-core'

/**
 * Records what a page should never do: a content security policy violation (listened for before any
 * script of the deck runs), a console error or an uncaught page error. Returns a function that hands
 * over what was recorded since its last call.
 */
export async function watched(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = []
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', e =>
      w.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`))
  })
  page.on('pageerror', e => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`console error: ${m.text()}`)
  })
  return async () => [
    ...problems.splice(0),
    ...await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.splice(0)),
  ]
}
