/** The median of a list of figures (0 for none), for the room's word counts and the bench's timings. */
export function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b)
  if (v.length === 0)
    return 0
  const mid = Math.floor(v.length / 2)
  return v.length % 2
    ? v[mid]!
    : (v[mid - 1]! + v[mid]!) / 2
}
