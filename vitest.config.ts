import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // A few render banners or run scripts; on two busy cores 5 s is too tight for them.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Builds and a browser share 2 cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
