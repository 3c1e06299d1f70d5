/**
 * The libraries Vite pre-bundles at start-up. The slides import the first two through Slidev's virtual
 * slide modules, which Vite's start-up scan does not follow: without them here, Vite finds them while the
 * first page loads, re-bundles and reloads the page, and `slidev export` prints that reloading page
 * ("Loading slide..." on every page). The others are libraries Slidev's client imports file by file,
 * because Slidev keeps its client's libraries out of pre-bundling (figures in docs/internals.md).
 */
export const prebundled = [
  'd3-array',
  'd3-scale',
  'popmotion',
  'style-value-types',
  'framesync',
  'roughjs/bin/generator',
  'roughjs/bin/math',
  'roughjs/bin/renderer',
  'unhead',
  'unhead/client',
  'unhead/plugins',
  'unhead/scripts',
  'unhead/utils',
]
