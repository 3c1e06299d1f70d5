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
  files: ['tests/browser/**/*.ts', 'scripts/**/*.ts'],
  rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
})
