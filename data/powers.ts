import * as z from 'zod/mini'
import { assertUniqueIds, hexColour, latitude, longitude, parseRecords } from './schema.ts'

/** The four visiting powers, and Kazakhstan itself as the host. */
export const powerIds = [
  'china',
  'russia',
  'eu',
  'us',
  'kazakhstan',
] as const
export type PowerId = (typeof powerIds)[number]
export const PowerIdSchema = z.enum(powerIds, {
  error: issue => `unknown power "${String(issue.input)}" (expected ${powerIds.join(', ')})`,
})
export const visitingPowerIds = ['china', 'russia', 'eu', 'us'] as const satisfies readonly PowerId[]

export const PowerSchema = z.strictObject({
  id: PowerIdSchema,
  name: z.string().check(z.minLength(1)),
  short: z.string().check(z.minLength(1), z.maxLength(8)),
  /** A letter drawn inside timeline marks and legends, so colour is never the only cue. */
  glyph: z.string().check(z.length(1)),
  capital: z.string().check(z.minLength(1)),
  lat: latitude,
  lon: longitude,
  /** One colour per power: `light` on the white slide, `dark` on the dark one (text contrast ≥ 4.5:1). */
  colour: z.strictObject({ light: hexColour, dark: hexColour }),
})
export type Power = z.output<typeof PowerSchema>

const records: unknown[] = [
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

export const powers: Power[] = parseRecords('data/powers.ts', PowerSchema, records)
assertUniqueIds('data/powers.ts', powers)

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
