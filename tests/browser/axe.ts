import type { Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * axe-core's serious and critical findings in a page, for the browser tests. axe comes in through the
 * DevTools protocol (page.evaluate): the deck's content security policy refuses inline scripts.
 */
interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[], failureSummary?: string, any?: { data?: { messageKey?: string } }[] }[]
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe's violations within `selector` (the whole document without one), text as invisible as its ground counted. */
async function violationsIn(page: Page, selector?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(axeSource)
  return await page.evaluate(async (sel) => {
    const ax = (window as unknown as { axe: { run: (ctx: Element | Document, opts: object) => Promise<{ violations: Violation[], incomplete: Violation[] }> } }).axe
    const result = await ax.run(sel
      ? document.querySelector(sel)!
      : document, {
      resultTypes: ['violations', 'incomplete'],
    })
    // axe reports text whose colour equals its background (1:1) as "incomplete", not as a violation,
    // on the view that it may be hidden on purpose; on a slide it is invisible text, so it counts.
    const invisible = result.incomplete
      .filter(v => v.id === 'color-contrast')
      .map(v => ({
        ...v,
        impact: 'serious',
        nodes: v.nodes.filter(n => n.any?.some(a => a.data?.messageKey === 'equalRatio')),
      }))
      .filter(v => v.nodes.length > 0)
    return [
      ...result.violations,
      ...invisible,
    ]
  }, selector) as Violation[]
}

/** One line per serious or critical finding: rule, impact, where, why. */
export async function axeFindings(page: Page, selector?: string): Promise<string[]> {
  return (await violationsIn(page, selector))
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`))
}
