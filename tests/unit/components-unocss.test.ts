import type { UnoGenerator } from 'unocss'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import slidevUno from '@slidev/client/uno.config.ts'
import { parse } from '@vue/compiler-sfc'
import { createGenerator } from 'unocss'
import { beforeAll, describe, expect, it } from 'vitest'
import viteConfig from '../../vite.config'

/**
 * vite.config.ts keeps components/*.vue out of UnoCSS's scan (it made `slidev export` slow). A utility
 * class in a component's template would then get no CSS, and the slide would be silently wrong. This test
 * holds the components to their own CSS: no class in a template may be a UnoCSS utility of Slidev's setup.
 */
const root = resolve(import.meta.dirname, '../..')

interface TemplateNode {
  type: number
  props?: { type: number, name: string, value?: { content: string }, arg?: { content?: string }, exp?: { content?: string } }[]
  children?: TemplateNode[]
}

/** The class names a template can set: static `class` values, and the quoted names and object keys of `:class`. */
function templateClasses(sfc: string): string[] {
  const { descriptor } = parse(sfc)
  const out = new Set<string>()
  const walk = (node: TemplateNode): void => {
    for (const p of node.props ?? []) {
      if (p.type === 6 && p.name === 'class')
        p.value?.content.split(/\s+/).forEach(c => c && out.add(c))
      if (p.type === 7 && p.name === 'bind' && p.arg?.content === 'class') {
        const exp = p.exp?.content ?? ''
        for (const m of exp.matchAll(/'([^']*)'|"([^"]*)"|`([^`$]*)`|([\w-]+)\s*:/g))
          (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').split(/\s+/).forEach(c => c && out.add(c))
      }
    }
    node.children?.forEach(walk)
  }
  if (descriptor.template?.ast)
    walk(descriptor.template.ast as unknown as TemplateNode)
  return [...out].sort()
}

let uno: UnoGenerator
beforeAll(async () => {
  uno = await createGenerator(slidevUno)
})

/** The class selectors a style sheet defines. */
function cssClasses(css: string): Set<string> {
  return new Set([
    ...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[_a-z][\w-]*)/gi),
  ].map(m => m[1]!))
}

/** The deck's own style sheets: a class they define is the deck's, even where UnoCSS has one of that name. */
const deckCss = readdirSync(resolve(root, 'styles'))
  .filter(f => f.endsWith('.css'))
  .map(f => readFileSync(resolve(root, 'styles', f), 'utf8'))
  .join('\n')

/** The classes of `classes` that only a UnoCSS utility would style: none of the deck's CSS nor `ownCss` defines them. */
async function utilities(classes: string[], ownCss = ''): Promise<string[]> {
  const defined = cssClasses(`${deckCss}\n${ownCss}`)
  const found: string[] = []
  for (const c of classes) {
    if (!defined.has(c) && await uno.parseToken(c))
      found.push(c)
  }
  return found
}

describe('components style themselves (UnoCSS does not scan them)', () => {
  it('vite.config.ts keeps components/*.vue out of the UnoCSS scan', () => {
    const exclude = viteConfig.slidev?.unocss?.content?.pipeline
    expect(exclude && exclude.exclude).toBeTruthy()
    const patterns = (exclude as { exclude: RegExp[] }).exclude
    const excluded = (id: string): boolean => patterns.some(p => p.test(id))
    expect(excluded(resolve(root, 'components/TradeChart.vue'))).toBe(true)
    expect(excluded(resolve(root, 'slides.md'))).toBe(false)
    expect(excluded(resolve(root, 'pages/china.md'))).toBe(false)
  })

  it('finds the utility classes of a template, static and bound, that no CSS of the deck defines', async () => {
    const sfc = `<template><div class="legend w-full sr-only"><span :class="['grid', { 'text-xl': big, pending: true }]">x</span></div></template>`
    expect(templateClasses(sfc)).toEqual([
      'grid',
      'legend',
      'pending',
      'sr-only',
      'text-xl',
      'w-full',
    ])
    // sr-only is a UnoCSS utility too, but styles/index.css defines it; grid is defined by the component.
    expect(await utilities(templateClasses(sfc), '.legend { margin: 0 } .grid { display: grid }')).toEqual(['text-xl', 'w-full'])
  })

  it('no component template uses a UnoCSS utility class', async () => {
    const files = readdirSync(resolve(root, 'components')).filter(f => f.endsWith('.vue'))
    expect(files.length).toBeGreaterThan(10)
    for (const f of files) {
      const sfc = readFileSync(resolve(root, 'components', f), 'utf8')
      const ownCss = parse(sfc).descriptor.styles.map(s => s.content).join('\n')
      expect(await utilities(templateClasses(sfc), ownCss), `components/${f}: style these classes in the component's own <style>`).toEqual([])
    }
  })
})
