/**
 * What UnoCSS does not scan for utilities. It reads every word of a scanned file as a possible utility,
 * and the dev server regenerates its CSS from all of them each time a module brings new ones. The deck's
 * components style themselves with their own scoped CSS (tests/unit/components-unocss.test.ts checks that
 * their templates use no utility), so they are left out (figures in docs/internals.md). Style sheets stay
 * out, as in UnoCSS's default.
 */
export const unscanned = [
  /\.(?:css|postcss|sass|scss|less|stylus|styl)(?:$|\?)/,
  /[\\/]components[\\/][^\\/]+\.vue(?:$|\?)/,
]
