import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'cms/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    // Browser tests share one Chromium per file; two cores leave room for two files at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
