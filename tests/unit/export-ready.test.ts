import { describe, expect, it } from 'vitest'
import { readyHtml, readyScript, readySelector } from '../../plugins/export-ready'

describe('export readiness', () => {
  it('marks the page only once every slide is drawn and has stayed so', async () => {
    document.body.innerHTML = `<div id="deck-export-wait"></div><div id="app">
      <div class="slidev-page slidev-page-1">Title</div>
      <div class="slidev-page slidev-page-2"><div class="slidev-slide-loading">Loading slide...</div></div></div>`
    history.replaceState(null, '', '/print?print=true')
    // eslint-disable-next-line no-new-func
    new Function(readyScript(2))()
    const marked = (): boolean => !!document.querySelector(`#deck-export-wait ${readySelector}`)
    await new Promise(r => setTimeout(r, 1500))
    expect(marked()).toBe(false)
    document.querySelector('.slidev-page-2')!.innerHTML = '<h1>Trade</h1>'
    await expect.poll(marked, { timeout: 4000 }).toBe(true)
  })

  it('waits for every declared font face, asking for one that was never requested', async () => {
    // A busy machine: the set reads "loaded" while a face has not been requested yet.
    let release: () => void = () => undefined
    const face = {
      status: 'unloaded',
      load(): Promise<void> {
        face.status = 'loading'
        return new Promise<void>((done) => {
          release = () => {
            face.status = 'loaded'
            done()
          }
        })
      },
    }
    const fonts = {
      status: 'loaded',
      forEach: (fn: (f: typeof face) => void) => fn(face),
    }
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true })
    try {
      document.body.innerHTML = `<div id="deck-export-wait"></div><div id="app">
        <div class="slidev-page slidev-page-1"><h1>Trade</h1></div></div>`
      history.replaceState(null, '', '/print?print=true')
      // eslint-disable-next-line no-new-func
      new Function(readyScript(1))()
      const marked = (): boolean => !!document.querySelector(`#deck-export-wait ${readySelector}`)
      await new Promise(r => setTimeout(r, 1500))
      expect(face.status).toBe('loading')
      expect(marked()).toBe(false)
      release()
      await expect.poll(marked, { timeout: 4000 }).toBe(true)
    }
    finally {
      Reflect.deleteProperty(document, 'fonts')
    }
  })

  it('hides the visually hidden text and the power names\' letter discs for the editable PowerPoint only', async () => {
    document.body.innerHTML = `<div id="deck-export-wait"></div><div id="app">
      <div class="slidev-page slidev-page-1"><h1>Trade</h1><table class="sr-only"><caption>Trade</caption></table>
      <p>Looking to <span class="power-tag"><span class="glyph">E</span>EU</span></p></div></div>`
    history.replaceState(null, '', '/print?print=true')
    // eslint-disable-next-line no-new-func
    new Function(readyScript(1, true))()
    await expect.poll(() => !!document.querySelector(readySelector), { timeout: 4000 }).toBe(true)
    expect(document.querySelector<HTMLElement>('.sr-only')!.style.display).toBe('none')
    expect(document.querySelector<HTMLElement>('.power-tag .glyph')!.style.display).toBe('none')
    expect(document.querySelector<HTMLElement>('.power-tag')!.style.display).toBe('')
    expect(readyHtml(1, false)).toMatch(/data-waitfor="\.deck-export-ready"/)
    expect(readyHtml(1, false)).toContain('const dropHidden = false')
  })
})
