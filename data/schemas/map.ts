import * as z from 'zod/mini'
import { DataError, dataMessage } from '../schema.ts'

/**
 * The schema of data/map.json, for the Node-side checks (data/validate.ts): the browser reads the map
 * as `npm run map` wrote it and never loads zod.
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

/** Validates the base map: the first bad field is a DataError naming it. */
export function parseMap(data: unknown): BaseMap {
  const result = BaseMapSchema.safeParse(data, { error: dataMessage })
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new DataError('data/map.json', '(map)', issue.path.map(String).join('.') || '(file)', issue.message)
  }
  return result.data
}
