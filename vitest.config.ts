import { defineConfig } from 'vitest/config';

// Pinned time zone: no test may depend on the machine's.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Two test files at a time, each with its own Chromium, against the one static
          // server of the global setup; no file writes to the built site (copies only).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
