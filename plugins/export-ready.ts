import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import process from 'node:process'

/**
 * `slidev export` prints (or screenshots) its print page as soon as the network has been idle for half a
 * second. On a busy machine that comes before Vue has drawn the slides: pages come out blank or showing
 * "Loading slide...". Before printing, Slidev waits for every `[data-waitfor]` element in the page to show
 * the element its attribute names. For exports only (export/slidev.ts sets DECK_EXPORT_SLIDES to the
 * number of slides), this plugin puts one such element into the page, outside the app, and a small script
 * that fills it once every slide is drawn: all slides present, none still loading, each with text or a
 * picture, the fonts loaded, and all of it unchanged for a second. The element is 1 px, transparent and
 * outside the slides, so nothing of it is printed. Slidev gives up waiting after 30 s (and prints anyway);
 * export/export-check.ts then finds the undrawn pages and the export tries again or fails.
 *
 * For the editable PowerPoint (DECK_EXPORT_EDITABLE=1 while export/slidev.ts exports it), the visually
 * hidden text (`.sr-only`: each chart's table for screen readers) is taken out of the page first
 * (display: none): Slidev's editable export ignores the clipping that hides it and would put the caption
 * and column heads as text boxes at the foot of every chart slide.
 * So are the letter discs of the power names in running text (PowerTag): the export makes each a picture
 * pinned where the browser set it, and an office suite that wraps the line differently puts it on a word.
 */
export const readySelector = '.deck-export-ready'

/**
 * In the page: every font face it declares loaded (or failed), any face not yet requested asked for: on a
 * busy machine `document.fonts.status` can read "loaded" before a face was requested, and the export
 * would set the slides in a fallback font. Written into the script below; export/print.ts runs it too.
 */
export function fontsSettled(): boolean {
  let settled = document.fonts.status === 'loaded'
  document.fonts.forEach((face) => {
    if (face.status === 'unloaded')
      face.load().catch(() => undefined)
    if (face.status === 'unloaded' || face.status === 'loading')
      settled = false
  })
  return settled
}

export function readyScript(slides: number, dropHidden = false): string {
  return `(() => {
  const want = ${JSON.stringify(slides)}
  const dropHidden = ${JSON.stringify(dropHidden)}
  const fontsSettled = ${fontsSettled.toString()}
  let steady = 0
  const drawn = () => {
    if (!/print/.test(location.pathname + location.search + location.hash)) return false
    if (document.querySelector('.slidev-slide-loading')) return false
    if (document.fonts && !fontsSettled()) return false
    const seen = new Set()
    for (const el of document.querySelectorAll('#app .slidev-page')) {
      const no = /(?:^|\\s)slidev-page-(\\d+)(?:\\s|$)/.exec(el.className)
      if (!no) continue
      if (!el.textContent.trim() && !el.querySelector('svg, img')) return false
      seen.add(no[1])
    }
    return seen.size >= want
  }
  const tick = () => {
    steady = drawn() ? steady + 1 : 0
    if (steady >= 4) {
      if (dropHidden) {
        for (const el of document.querySelectorAll('#app .sr-only, #app .power-tag .glyph')) el.style.display = 'none'
      }
      const mark = document.createElement('div')
      mark.className = ${JSON.stringify(readySelector.slice(1))}
      mark.style.cssText = 'width:1px;height:1px'
      document.getElementById('deck-export-wait').append(mark)
      return
    }
    setTimeout(tick, 250)
  }
  tick()
})()`
}

/** The element Slidev waits for and the script that fills it, for the end of the page's body. */
export function readyHtml(slides: number, dropHidden: boolean): string {
  return `<div id="deck-export-wait" data-waitfor="${readySelector}" aria-hidden="true" style="position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;opacity:0;pointer-events:none"></div><script>${readyScript(slides, dropHidden)}</script>`
}

/**
 * Always in the plugin list (Vite's dependency cache is keyed by the plugins' names, so adding it only for
 * exports would make the next `npm run dev` re-bundle), but it changes the page only when
 * DECK_EXPORT_SLIDES is set. Slidev's dev server sends its own index.html without Vite's
 * transformIndexHtml, so the page is changed as it is sent.
 */
export function exportReadyPlugin(): Plugin {
  return {
    name: 'deck:export-ready',
    apply: 'serve',
    configureServer(server) {
      const slides = Number(process.env.DECK_EXPORT_SLIDES)
      if (!(slides > 0))
        return
      server.middlewares.use((_req, res, next) => {
        // Read as each page is sent: one server serves the editable PowerPoint and the other outputs.
        const inject = readyHtml(slides, process.env.DECK_EXPORT_EDITABLE === '1')
        const end = res.end.bind(res) as (...args: unknown[]) => typeof res
        res.end = ((chunk?: unknown, ...rest: unknown[]) => {
          const html = typeof chunk === 'string'
            ? chunk
            : Buffer.isBuffer(chunk)
              ? chunk.toString('utf8')
              : undefined
          if (html?.includes('<div id="app">') && html.includes('</body>')) {
            if (!res.headersSent)
              res.removeHeader('Content-Length')
            return end(html.replace('</body>', `${inject}</body>`), ...rest)
          }
          return end(chunk, ...rest)
        }) as typeof res.end
        next()
      })
    },
  }
}
