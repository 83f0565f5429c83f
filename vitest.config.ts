import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // The unit tests share two cores with the builds and browsers of the other lane; drawing a social
    // card or a formula can then take several seconds, which Vitest's default of 5 s would fail.
    testTimeout: 30_000,
  },
});
