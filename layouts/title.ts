/** The deck's title split for the title slide: "Heading: the line under it". */
export function splitTitle(title: string): { heading: string, subtitle: string } {
  const at = title.indexOf(': ')
  return at < 0
    ? { heading: title, subtitle: '' }
    : {
        heading: title.slice(0, at),
        subtitle: title.slice(at + 2),
      }
}
