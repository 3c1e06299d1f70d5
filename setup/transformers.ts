import type { MarkdownTransformContext } from '@slidev/types'
import { relative } from 'node:path'
import { defineTransformersSetup } from '@slidev/types'
import { slideSourceProblems } from './slide-sources.ts'

/** Before Slidev renders a slide, its `sources:` are checked: an unknown id stops `slidev build`. */
function checkSources(ctx: MarkdownTransformContext): void {
  const { slide, options } = ctx
  const problems = slideSourceProblems({
    no: slide.index + 1,
    title: slide.title ?? '',
    file: relative(options.userRoot, slide.source.filepath),
    content: slide.content,
    frontmatter: slide.frontmatter,
  })
  if (problems.length)
    throw new Error(problems.join('\n'))
}

export default defineTransformersSetup(() => ({
  pre: [checkSources],
}))
