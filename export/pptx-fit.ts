/**
 * The editable PowerPoint's text boxes, made to hold their text in any font. Slidev sizes each box to the
 * text as the browser set it in Source Sans 3, most with wrapping off (`wrap="none"`), so where the font is
 * missing a wider fallback runs a line out of its box: over an icon, into the line below, off the slide.
 * Here every box wraps its text within its width and shrinks it to fit its height (`normAutofit`, "shrink
 * text on overflow" in LibreOffice Impress and PowerPoint).
 */
export function fitTextBoxes(slideXml: string): string {
  return slideXml.replace(/<a:bodyPr([^>]*?)(\/>|>([\s\S]*?)<\/a:bodyPr>)/g, (_m, attrs: string, _end: string, inner?: string) => {
    const wrapped = / wrap="/.test(attrs)
      ? attrs.replace(/ wrap="[^"]*"/, ' wrap="square"')
      : ` wrap="square"${attrs}`
    const rest = (inner ?? '').replace(/<a:(?:no|norm|sp)Autofit[^>]*\/>/g, '')
    return `<a:bodyPr${wrapped}>${rest}<a:normAutofit/></a:bodyPr>`
  })
}
