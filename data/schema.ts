import * as z from 'zod/mini'

/**
 * The shared parts of the data checks, which run in Node only (data/validate.ts): the browser gets the
 * records as plain objects and never loads zod. `npm test`, `npm run dev` and `npm run build` all refuse
 * bad data; the error names the file, the record and the field.
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

/**
 * The messages of the checks that carry none of their own. The schemas use `zod/mini`, which loads no
 * locale: without this every such issue would read "Invalid input". The wording follows zod's English
 * locale for the checks our schemas use.
 */
export function dataMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${z.util.stringifyPrimitive(issue.values[0])}`
        : `Invalid option: expected one of ${z.util.joinValues(issue.values, '|')}`
    case 'too_big':
      return `Too big: ${bound(issue.origin, issue.exact, issue.inclusive, '<', issue.maximum)}`
    case 'too_small':
      return `Too small: ${bound(issue.origin, issue.exact, issue.inclusive, '>', issue.minimum)}`
    case 'invalid_format':
      if (issue.format === 'regex')
        return `Invalid string: must match pattern ${String(issue.pattern)}`
      return `Invalid ${issue.format === 'url'
        ? 'URL'
        : issue.format}`
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1
        ? 's'
        : ''}: ${z.util.joinValues(issue.keys, ', ')}`
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options
      if (options?.length)
        return `Invalid discriminator value. Expected ${options.map(o => `'${String(o)}'`).join(' | ')}`
      return 'Invalid input'
    }
    default:
      return 'Invalid input'
  }
}

/** "number", or "NaN" and "Infinity" said as such. */
function typeName(input: unknown): string {
  if (typeof input === 'number' && !Number.isFinite(input))
    return String(input)
  return z.util.parsedType(input)
}

/** "expected string to have >=1 characters", "expected number to be <=90". */
function bound(origin: string | undefined, exact: boolean | undefined, inclusive: boolean | undefined, strict: string, limit: unknown): string {
  const relation = exact
    ? 'exactly '
    : `${strict}${inclusive ? '=' : ''}`
  const unit = origin === 'string'
    ? 'characters'
    : origin === 'array'
      ? 'items'
      : undefined
  if (unit)
    return `expected ${origin} to have ${relation}${String(limit)} ${unit}`
  return `expected ${origin ?? 'value'} to be ${relation}${String(limit)}`
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
export function parseRecords<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  records: readonly unknown[],
  label: (raw: unknown, index: number) => string = defaultLabel,
): z.output<S>[] {
  if (records.length === 0)
    throw new DataError(file, '(none)', '(file)', 'the file holds no records')
  return records.map((raw, index) => {
    const result = schema.safeParse(raw, { error: dataMessage })
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
export const isoDate = z.string().check(z.refine((s: string) => {
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
}, { message: 'not a real calendar date (expected YYYY-MM-DD)' }))

/** A calendar month `YYYY-MM`. */
export const isoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a real month (expected YYYY-MM)'))

export const latitude = z.number().check(z.gte(-90), z.lte(90))
export const longitude = z.number().check(z.gte(-180), z.lte(180))

export const hexColour = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'expected a colour like #1d4ed8'))
