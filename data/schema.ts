import { z } from 'zod'

/**
 * Every data file validates its records when it is loaded, so `npm test`, `npm run dev` and
 * `npm run build` all refuse bad data. The error names the file, the record and the field.
 */
export class DataError extends Error {
  readonly file: string
  readonly record: string
  readonly field: string
  readonly detail: string

  constructor(file: string, record: string, field: string, detail: string) {
    super(`${file}: record ${record}: field "${field}": ${detail}`)
    this.name = 'DataError'
    this.file = file
    this.record = record
    this.field = field
    this.detail = detail
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length
    ? path.map(String).join('.')
    : '(record)'
}

/**
 * Validates a list of records against a schema and returns them typed.
 * `label` turns a raw record into a human name for the error message (e.g. "China 2022").
 */
export function parseRecords<S extends z.ZodType>(
  file: string,
  schema: S,
  records: readonly unknown[],
  label: (raw: unknown, index: number) => string = defaultLabel,
): z.output<S>[] {
  if (records.length === 0)
    throw new DataError(file, '(none)', '(file)', 'the file holds no records')
  return records.map((raw, index) => {
    const result = schema.safeParse(raw)
    if (!result.success) {
      const issue = result.error.issues[0]!
      throw new DataError(file, `#${index + 1} (${label(raw, index)})`, pathOf(issue.path), issue.message)
    }
    return result.data
  })
}

/** Throws when two records share an id. */
export function assertUniqueIds(file: string, records: readonly { id: string }[]): void {
  const seen = new Set<string>()
  records.forEach((r, index) => {
    if (seen.has(r.id))
      throw new DataError(file, `#${index + 1} (${r.id})`, 'id', `duplicate id "${r.id}"`)
    seen.add(r.id)
  })
}

function defaultLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string')
    return raw.id
  return `index ${index}`
}

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m)
    return false
  const [y, mo, d] = [
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
  ]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}, { message: 'not a real calendar date (expected YYYY-MM-DD)' })

/** A calendar month `YYYY-MM`. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a real month (expected YYYY-MM)')

export const latitude = z.number().min(-90).max(90)
export const longitude = z.number().min(-180).max(180)

export const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour like #1d4ed8')
