import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    // Starts one PostgreSQL server for the store and API tests (see test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The gazetteer and the NLP model load once per worker; two workers match the CI machine.
    maxWorkers: 2,
  },
});
