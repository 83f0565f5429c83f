import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, testChromiumArgs } from './scripts/chromium';
// E2E_PORT moves both servers (base path on the next port), so that two checkouts can run the tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const BASE_PORT = PORT + 1;

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { ...(chromiumPath && { executablePath: chromiumPath }), args: [...testChromiumArgs] },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Generous, since the other lane's builds share the two cores: a test that passes in 5 s on a quiet
  // machine can take 30 s on a busy one. A wrong page still fails at once, on its first assertion.
  timeout: 60_000,
  // Search, islands and email pages settle within a second on a quiet machine; ten seconds keeps a busy one from failing them.
  expect: { timeout: 10_000 },
  // No traces: a trace snapshots the page at every step, which made the suite a quarter slower, and
  // a failure's message already names the page and what was wrong. `--trace on` records them.
  use: { trace: 'off' },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${BASE_PORT}` },
    },
  ],
  // Always production builds (`npm test` makes both first); never the dev server.
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${BASE_PORT} --ignore-lock`,
      url: `http://127.0.0.1:${BASE_PORT}/conundra/`,
      env: { BASE_PATH: '/conundra', OUT_DIR: './dist-base' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
