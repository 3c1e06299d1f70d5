import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import SharedExportOrder from './tests/browser/sequencer'

export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    // Two test files at a time, unit and browser alike (one count for both: vitest runs them as one
    // group): a browser test spends much of its time waiting on Chromium or a server.
    maxWorkers: 2,
    sequence: { sequencer: SharedExportOrder },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
          // The unit tests share no state (no mocks, no globals changed): one module graph per worker
          // instead of one per file takes them from about 30 s to about 12 s.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
