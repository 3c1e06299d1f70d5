import type { Plugin } from 'vite'
import process from 'node:process'

/**
 * `slidev export` prints (or screenshots) its print page as soon as the network has been idle for half a
 * second. On a busy machine that comes before Vue has drawn the slides: pages come out blank or showing
 * "Loading slide...". Before printing, Slidev waits for every `[data-waitfor]` element in the page to show
 * the element its attribute names. For exports only (scripts/export.ts sets DECK_EXPORT_SLIDES to the
 * number of slides), this plugin puts one such element into the page, outside the app, and a small script
 * that fills it once every slide is drawn: all slides present, none still loading, each with text or a
 * picture, the fonts loaded, and all of it unchanged for a second. The element is 1 px, transparent and
 * outside the slides, so nothing of it is printed. Slidev gives up waiting after 30 s (and prints anyway);
 * scripts/export-check.ts then finds the undrawn pages and the export tries again or fails.
 */
export const readySelector = '.deck-export-ready'

export function readyScript(slides: number): string {
  return `(() => {
  const want = ${JSON.stringify(slides)}
  let steady = 0
  const drawn = () => {
    if (!/print/.test(location.pathname + location.search + location.hash)) return false
    if (document.querySelector('.slidev-slide-loading')) return false
    if (document.fonts && document.fonts.status !== 'loaded') return false
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

/**
 * Always in the plugin list (Vite's dependency cache is keyed by the plugins' names, so adding it only for
 * exports would make the next `npm run dev` re-bundle), but it changes the page only when
 * DECK_EXPORT_SLIDES is set.
 */
export function exportReadyPlugin(): Plugin {
  return {
    name: 'deck:export-ready',
    apply: 'serve',
    transformIndexHtml() {
      const slides = Number(process.env.DECK_EXPORT_SLIDES)
      if (!(slides > 0))
        return
      return [
        {
          tag: 'div',
          attrs: {
            'id': 'deck-export-wait',
            'data-waitfor': readySelector,
            'aria-hidden': 'true',
            'style': 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;opacity:0;pointer-events:none',
          },
          injectTo: 'body',
        },
        {
          tag: 'script',
          children: readyScript(slides),
          injectTo: 'body',
        },
      ]
    },
  }
}
