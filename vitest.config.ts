import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // The unit tests share two cores with the builds and browsers of the other lane; drawing a social
    // card or a formula can then take several seconds, which Vitest's default of 5 s would fail.
    testTimeout: 30_000,
    // No test file leaves state behind for the next (no module mocks, no stubbed globals), so the
    // files share workers: starting a fresh worker for each of them was two thirds of the unit tests' time.
    isolate: false,
  },
});
