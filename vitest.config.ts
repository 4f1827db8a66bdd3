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
          // Two files at a time. Vitest's default when not watching is one worker fewer than
          // the machine's cores: one at a time on the 2-core CI machine.
          maxWorkers: 2,
          // The files of a worker share its modules instead of importing them again (about
          // 0.4 s a file, 124 files). Nothing here depends on a module's state: their caches
          // are memos of pure functions, no test mocks a module or changes the environment,
          // and the one spy is restored. (Checked: the files pass in shuffled orders,
          // `--sequence.shuffle.files --sequence.seed=N`.)
          isolate: false,
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
