import type { BaseMap } from './schemas/map.ts'
import raw from './map.json' with { type: 'json' }

/**
 * The RouteMap's base map, pre-projected by tools/map/ (`npm run map`) (Natural Earth 1:50m via world-atlas,
 * conic conformal projection, borders as the UN draws them: see the script). Regenerate it with
 * `npm run map` after changing data/places.ts; tests check that the two agree. Its schema
 * (data/schemas/map.ts) checks it in Node (data/validate.ts), so the browser gets it without zod.
 */
export type { BaseMap }

// JSON modules type the tuples as arrays; data/validate.ts checks the shape in Node.
export const baseMap: BaseMap = raw as unknown as BaseMap
