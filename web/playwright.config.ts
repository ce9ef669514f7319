import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The end-to-end suite runs the real product: `junlite dev` in embedded mode (its own PostgreSQL
// and Redis in a fresh directory, migrations, the demo organisation, the API serving the built
// console, the job worker). Nothing is mocked.
const port = Number(process.env.JUNLITE_E2E_PORT ?? 8790);
const dataDir = process.env.JUNLITE_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "junlite-e2e-"));
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
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
  webServer: {
    command: "../.venv/bin/junlite dev",
    url: `${baseURL}/readyz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 20_000 },
    env: {
      JUNLITE_PORT: String(port),
      JUNLITE_DATA_DIR: dataDir,
      JUNLITE_LOG_JSON: "false",
    },
  },
});
