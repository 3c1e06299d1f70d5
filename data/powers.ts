import type { Power } from './schemas/powers.ts'

/**
 * The powers as plain records: typed by their schema (data/schemas/powers.ts) and checked against it in
 * Node (data/validate.ts), so the browser gets them without zod.
 */
export type { Power }

/** The four visiting powers, and Kazakhstan itself as the host. */
export const powerIds = [
  'china',
  'russia',
  'eu',
  'us',
  'kazakhstan',
] as const
export type PowerId = (typeof powerIds)[number]
export const visitingPowerIds = ['china', 'russia', 'eu', 'us'] as const satisfies readonly PowerId[]

/** True for one of `powerIds`: a slide's `power:` is checked with this in the browser. */
export function isPowerId(value: unknown): value is PowerId {
  return (powerIds as readonly unknown[]).includes(value)
}

/** The message for a power id that is not one of `powerIds`, in the schema and in the browser alike. */
export function powerIdMessage(input: unknown): string {
  return `unknown power "${String(input)}" (expected ${powerIds.join(', ')})`
}

export const powers: Power[] = [
  {
    id: 'china',
    name: 'China',
    short: 'China',
    glyph: 'C',
    capital: 'Beijing',
    lat: 39.90,
    lon: 116.41,
    colour: { light: '#b91c1c', dark: '#fb7185' },
  },
  {
    id: 'russia',
    name: 'Russia',
    short: 'Russia',
    glyph: 'R',
    capital: 'Moscow',
    lat: 55.76,
    lon: 37.62,
    colour: { light: '#6d28d9', dark: '#c4b5fd' },
  },
  {
    id: 'eu',
    name: 'European Union',
    short: 'EU',
    glyph: 'E',
    capital: 'Brussels',
    lat: 50.85,
    lon: 4.35,
    colour: { light: '#1d4ed8', dark: '#7dd3fc' },
  },
  {
    id: 'us',
    name: 'United States',
    short: 'U.S.',
    glyph: 'U',
    capital: 'Washington',
    lat: 38.91,
    lon: -77.04,
    colour: { light: '#0f766e', dark: '#5eead4' },
  },
  {
    id: 'kazakhstan',
    name: 'Kazakhstan',
    short: 'KZ',
    glyph: 'K',
    capital: 'Astana',
    lat: 51.17,
    lon: 71.45,
    colour: { light: '#a16207', dark: '#fde047' },
  },
]

export const powerById = Object.fromEntries(powers.map(p => [p.id, p])) as Record<PowerId, Power>

/** The CSS custom property that carries a power's colour (set from this file, see setup/main.ts). */
export function powerVar(id: PowerId): string {
  return `var(--power-${id})`
}

/** A stylesheet with one custom property per power, for light and dark mode. */
export function powerCss(list: readonly Power[] = powers): string {
  const light = list.map(p => `--power-${p.id}:${p.colour.light};`).join('')
  const dark = list.map(p => `--power-${p.id}:${p.colour.dark};`).join('')
  return `:root{${light}}html.dark{${dark}}`
}
