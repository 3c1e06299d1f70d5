import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  formatters: false,
  ignores: [
    'dist/**',
    'docs/**',
    'public/**',
    '*.md',
    'pages/**',
  ],
}, {
  // Playwright's locator.innerText() is not the DOM property this rule is about.
  files: [
    'tests/browser/**/*.ts',
    'export/**/*.ts',
    'tools/**/*.ts',
  ],
  rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
}, {
  // The export and the developer tools are command-line programs: they print what they do, and their
  // entry modules await at the top level.
  files: ['export/**/*.ts', 'tools/**/*.ts'],
  rules: { 'no-console': 'off', 'antfu/no-top-level-await': 'off' },
})
