import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { firstClause, GLANCE_YEAR, powerGlance, quoteOfPower } from '../../charts/power-glance'
import { byDate } from '../../charts/time-scale'
import PowerAtAGlance from '../../components/PowerAtAGlance.vue'
import { powerById, visitingPowerIds } from '../../data/powers'
import { quoteById } from '../../data/quotes'
import { figure, formatBillions, statisticsLabel } from '../../data/trade'
import { formatWhen, visits } from '../../data/visits'

function glance(power: (typeof visitingPowerIds)[number]) {
  return mount(PowerAtAGlance, {
    props: { power },
  })
}

describe('powerAtAGlance', () => {
  it('shows the power\'s 2022 trade figure big, with the year and whose statistics, read from data/trade.ts', () => {
    for (const p of visitingPowerIds) {
      const w = glance(p)
      const record = figure(p, GLANCE_YEAR)
      expect(w.get('.glance-number').text()).toBe(formatBillions(record.value))
      expect(w.get('.glance-caption').text()).toBe(`${GLANCE_YEAR} · ${statisticsLabel[record.statistics]}`)
    }
  })

  it('quotes the power where the article does, word for word from data/quotes.ts', () => {
    for (const p of visitingPowerIds) {
      const w = glance(p)
      const id = quoteOfPower[p]
      if (!id) {
        expect(w.find('blockquote').exists()).toBe(false)
        continue
      }
      const q = quoteById[id]
      expect(w.get('blockquote').text()).toBe(`${q.lead
        ? `${q.lead} `
        : ''}“${q.words}”`)
      expect(w.get('figcaption').text()).toContain(q.who)
    }
  })

  it('pairs each quotation with the power whose visit it is about', () => {
    for (const [power, id] of Object.entries(quoteOfPower)) {
      const q = quoteById[id]
      const people = visits.filter(v => v.power === power && v.inWindow).map(v => v.who)
      expect(people.some(who => q.who.includes(who) || q.context.includes(who)), `${id} and ${power}`).toBe(true)
    }
  })

  it('lists the dated contacts instead for a power the article does not quote', () => {
    const unquoted = visitingPowerIds.filter(p => !quoteOfPower[p])
    expect(unquoted.length).toBeGreaterThan(0)
    for (const p of unquoted) {
      const own = visits.filter(v => v.power === p).sort(byDate)
      const items = glance(p).findAll('.glance-contacts li')
      expect(items.map(li => li.get('strong').text())).toEqual(own.map(v => formatWhen(v.when, false)))
      expect(items.map(li => li.get('span').text())).toEqual(own.map(v => firstClause(v.what)))
    }
    expect(firstClause('Telephone call (exact day not known)')).toBe('Telephone call')
    expect(firstClause('Take part in the Army Games; Kazakhstan hosts three of the contests')).toBe('Take part in the Army Games')
  })

  it('puts the visit strip on top with the power highlighted', () => {
    for (const p of visitingPowerIds) {
      const w = glance(p)
      const strip = w.get('.glance-strip')
      expect(strip.attributes('data-power')).toBe(p)
      expect(strip.findAll('.strip-mark.is-highlighted')).toHaveLength(visits.filter(v => v.power === p).length)
    }
  })

  it('has the same layout in all four chapters: the same blocks in the same order', () => {
    const shape = (p: (typeof visitingPowerIds)[number]) => {
      const root = glance(p).element as HTMLElement
      const row = root.querySelector('.glance-row')!
      return [
        [...root.children].map(c => c.classList[0] === 'kz-chart'
          ? 'strip'
          : c.className),
        [...row.children].map(c => c.tagName === 'FIGURE' || c.classList.contains('glance-contacts')
          ? 'words'
          : c.className),
      ]
    }
    const first = shape('china')
    for (const p of visitingPowerIds) expect(shape(p)).toEqual(first)
  })

  it('is accessible: a named region, the strip as an image with title and description, text as text', () => {
    const w = glance('china')
    expect(w.get('section').attributes('aria-label')).toBe(`${powerById.china.name} at a glance`)
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.get(`title[id="${titleId}"]`).text()).toContain(powerById.china.name)
    expect(w.get(`desc[id="${descId}"]`).text().length).toBeGreaterThan(40)
    // The figure and the quotation are HTML text, not drawn.
    expect(w.get('.glance-number').element.closest('svg')).toBeNull()
    expect(w.get('blockquote').element.closest('svg')).toBeNull()
  })

  it('explains a bad power instead of drawing', () => {
    for (const bad of ['japan', 'kazakhstan']) {
      const w = mount(PowerAtAGlance, {
        props: { power: bad as never },
      })
      expect(w.find('section').exists()).toBe(false)
      expect(w.get('[role="alert"]').text()).toContain(`unknown power "${bad}"`)
      const r = powerGlance(bad)
      expect(r.ok).toBe(false)
    }
  })

  it('sets big type: the number at 48 px or more, nothing under 16 px (1rem = 16 canvas px)', () => {
    const sfc = readFileSync(resolve(import.meta.dirname, '../../components/PowerAtAGlance.vue'), 'utf8')
    const style = sfc.slice(sfc.indexOf('<style scoped>'))
    const sizes = [
      ...style.matchAll(/([.\w\s,-]+)\{[^}]*font-size:\s*([\d.]+)rem/g),
    ].map(m => ({
      rule: m[1]!.trim(),
      rem: Number(m[2]),
    }))
    expect(sizes.length).toBeGreaterThan(4)
    for (const s of sizes) expect(s.rem * 16, s.rule).toBeGreaterThanOrEqual(16)
    expect(sizes.find(s => s.rule.includes('.glance-number'))!.rem * 16).toBeGreaterThanOrEqual(48)
  })
})
