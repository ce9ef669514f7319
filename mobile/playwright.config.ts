import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The field app's web build (dist/, `make export`) at a phone's size, against the real product:
// `junlite dev` in embedded mode (its own PostgreSQL and Redis in a fresh directory, migrations,
// the demo organisation, the job worker). The app is served from its own origin, as a phone is
// elsewhere: the API allows that origin (CORS), and the rep types the server's address to sign in.
const apiPort = Number(process.env.JUNLITE_MOBILE_E2E_API_PORT ?? 8793);
const appPort = Number(process.env.JUNLITE_MOBILE_E2E_APP_PORT ?? 8794);
const dataDir = process.env.JUNLITE_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "junlite-mobile-e2e-"));
export const apiURL = `http://127.0.0.1:${apiPort}`;
export const appURL = `http://127.0.0.1:${appPort}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL: appURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    geolocation: { latitude: 31.2304, longitude: 121.4737, accuracy: 12 },
    permissions: ["geolocation"],
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: "../.venv/bin/junlite dev",
      url: `${apiURL}/readyz`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGINT", timeout: 20_000 },
      env: {
        JUNLITE_PORT: String(apiPort),
        JUNLITE_DATA_DIR: dataDir,
        JUNLITE_LOG_JSON: "false",
        JUNLITE_ALLOWED_ORIGINS: appURL,
      },
    },
    {
      command: `node scripts/serve-web.mjs ${appPort}`,
      url: appURL,
      timeout: 30_000,
      reuseExistingServer: false,
    },
  ],
});
