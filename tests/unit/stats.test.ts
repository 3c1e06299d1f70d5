import type { Visit } from '../../data/visits'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BigNumber from '../../components/BigNumber.vue'
import { stat, tradeStat, windowDays, windowPowers, windowVisits } from '../../data/stats'
import { figure, formatBillions, statisticsLabel } from '../../data/trade'
import { spanOf, visits } from '../../data/visits'

/** A copy of the visit data that a test may change. */
const fixture = (): Visit[] => structuredClone(visits)

describe('figures of the visit sequence (data/stats.ts)', () => {
  it('counts the visits the data marks as the article\'s "within two months"', () => {
    expect(windowVisits().map(v => v.id)).toEqual(visits.filter(v => v.inWindow).map(v => v.id))
    expect(windowVisits().length).toBeGreaterThan(0)
  })

  it('measures the days from the first day of the first visit to the last day of the last', () => {
    const inWindow = visits.filter(v => v.inWindow)
    const first = inWindow.map(v => spanOf(v.when).start).sort()[0]!
    const last = inWindow.map(v => spanOf(v.when).end).sort().at(-1)!
    const days = (Date.UTC(...ymd(last)) - Date.UTC(...ymd(first))) / 86_400_000
    expect(windowDays()).toBe(days)
    // "Within two months": more than one month, at most about two.
    expect(windowDays()).toBeGreaterThan(31)
    expect(windowDays()).toBeLessThanOrEqual(62 + 3)
  })

  it('follows the data: one more visit a week later adds seven days', () => {
    const list = fixture()
    const lastEnd = list.filter(v => v.inWindow).map(v => spanOf(v.when).end).sort().at(-1)!
    const later = new Date(Date.parse(lastEnd) + 7 * 86_400_000).toISOString().slice(0, 10)
    list.push({
      ...list.find(v => v.inWindow)!,
      id: 'extra',
      when: { precision: 'day', date: later },
    })
    expect(windowDays(list)).toBe(windowDays() + 7)
    expect(windowVisits(list).length).toBe(windowVisits().length + 1)
  })

  it('counts each visiting power once, and never the host', () => {
    const powersInWindow = new Set(visits.filter(v => v.inWindow && v.power !== 'kazakhstan').map(v => v.power))
    expect(windowPowers()).toBe(powersInWindow.size)
    const list = fixture().map(v => v.power === 'us'
      ? { ...v, inWindow: false }
      : v)
    expect(windowPowers(list)).toBe(powersInWindow.size - 1)
  })

  it('refuses to measure a window without visits, with a message naming the file', () => {
    const list = fixture().map(v => ({ ...v, inWindow: false }))
    expect(() => windowDays(list)).toThrow(/data\/visits\.ts: no visit has inWindow/)
  })

  it('names each stat with its value and a label', () => {
    expect(stat('window-visits')).toMatchObject({
      value: String(windowVisits().length),
    })
    expect(stat('window-days')).toMatchObject({
      value: String(windowDays()),
    })
    expect(stat('window-powers').label).toMatch(/Great Powers/)
  })

  it('gives a trade figure with whose statistics it is', () => {
    const s = tradeStat('eu', 2022)
    expect(s.value).toBe(formatBillions(figure('eu', 2022).value))
    expect(s.label).toContain(statisticsLabel.kazakh)
    expect(s.power).toBe('eu')
    expect(tradeStat('china', 2022, 'chinese-customs').value).toBe(formatBillions(figure('china', 2022, 'chinese-customs').value))
    expect(() => tradeStat('us', 1999)).toThrow(/data\/trade\.ts: no figure for us 1999/)
  })
})

describe('<BigNumber>', () => {
  it('shows a stat of the visit sequence', () => {
    const w = mount(BigNumber, {
      props: { stat: 'window-days' },
    })
    expect(w.find('.value').text()).toBe(String(windowDays()))
    expect(w.find('.label').text()).toBe(stat('window-days').label)
  })

  it('shows a trade figure in its power\'s colour, with a caption that may be replaced', () => {
    const w = mount(BigNumber, {
      props: { trade: 'us', year: 2022, label: 'Trade' },
    })
    expect(w.find('.value').text()).toBe(formatBillions(figure('us', 2022).value))
    expect(w.find('.value').attributes('style')).toContain('var(--power-us)')
    expect(w.find('.label').text()).toBe('Trade')
  })

  it('refuses a trade figure without a year, and a call with nothing to show', () => {
    expect(() => mount(BigNumber, {
      props: { trade: 'us' },
    })).toThrow(/needs a year/)
    expect(() => mount(BigNumber, { props: {} })).toThrow(/give either stat or trade/)
  })
})

function ymd(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number)
  return [y!, m! - 1, d!]
}
