import * as z from 'zod/mini'
import raw from './map.json' with { type: 'json' }
import { DataError, dataMessage } from './schema.ts'

/**
 * The RouteMap's base map, pre-projected by tools/map/ (`npm run map`) (Natural Earth 1:50m via world-atlas,
 * conic conformal projection, borders as the UN draws them: see the script). Regenerate it with
 * `npm run map` after changing data/places.ts; tests check that the two agree.
 */
const svgPath = z.string().check(z.regex(/^(M[^Mz]*z?)*$/, 'expected an SVG path of M/l/z commands'))

export const BaseMapSchema = z.object({
  note: z.string(),
  source: z.string().check(z.minLength(1)),
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  projection: z.object({
    type: z.literal('conicConformal'),
    parallels: z.tuple([
      z.number(),
      z.number(),
    ]),
    rotate: z.tuple([
      z.number(),
      z.number(),
    ]),
    scale: z.number().check(z.positive()),
    translate: z.tuple([
      z.number(),
      z.number(),
    ]),
  }),
  land: svgPath,
  borders: svgPath,
  disputed: svgPath,
  regions: z.record(z.enum(['kazakhstan', 'russia', 'china', 'eu']), svgPath),
  places: z.record(z.string(), z.object({
    lat: z.number(),
    lon: z.number(),
    x: z.number(),
    y: z.number(),
  })),
  offMap: z.record(z.string(), z.object({
    x: z.number(),
    y: z.number(),
  })),
  legs: z.record(z.string(), svgPath),
})
export type BaseMap = z.output<typeof BaseMapSchema>

function parseMap(data: unknown): BaseMap {
  const result = BaseMapSchema.safeParse(data, { error: dataMessage })
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new DataError('data/map.json', '(map)', issue.path.map(String).join('.') || '(file)', issue.message)
  }
  return result.data
}

export const baseMap: BaseMap = parseMap(raw)
