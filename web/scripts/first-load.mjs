// The workbench's first load in Chromium against a running console (`make dev`, or
// `junlite dev`), beside the login page's as the baseline, in the same browser:
//
//   node scripts/first-load.mjs [--url http://127.0.0.1:8000] [--runs 20] [--login manager@demo.junlite.cn]
//
// "cold" is a new browser context each run (empty HTTP cache: every script and style is
// downloaded); "warm" reloads in one context (the hashed bundles come from the cache). "ready"
// is when the workbench shows its data: the new-leads figures, the pipeline's stages and the
// funnel's chart drawn.
import { chromium } from "@playwright/test";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, index, all) => {
    if (value.startsWith("--")) pairs.push([value.slice(2), all[index + 1]]);
    return pairs;
  }, []),
);
const baseURL = args.url ?? "http://127.0.0.1:8000";
const runs = Number(args.runs ?? 20);
const login = args.login ?? "manager@demo.junlite.cn";
const password = args.password ?? "junlite-demo";
const READY = ['[data-testid="leads-today"]', '[data-testid^="stage-row-"]', '[data-testid="funnel-card"] [role="img"] svg'];

async function signIn() {
  const response = await fetch(`${baseURL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) {
        accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt userErrors { code } } }`,
      variables: { input: { login, password } },
    }),
  });
  const payload = (await response.json()).data.login;
  if (!payload.accessToken) throw new Error(`sign-in refused: ${JSON.stringify(payload.userErrors)}`);
  const { userErrors: _ignored, ...tokens } = payload;
  return tokens;
}

async function timings(page) {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation");
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const transferred = performance
      .getEntriesByType("resource")
      .reduce((sum, entry) => sum + entry.transferSize, navigation.transferSize);
    return {
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
      firstContentfulPaint: paint ? paint.startTime : Number.NaN,
      transferredKB: transferred / 1024,
    };
  });
}

async function measure(context, path, ready, fresh) {
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${baseURL}${path}`, { waitUntil: "commit" });
  for (const selector of ready) await page.locator(selector).first().waitFor({ state: "visible", timeout: 30_000 });
  const readyMs = Date.now() - started;
  await page.waitForLoadState("load");
  const result = { ...(await timings(page)), ready: readyMs };
  if (fresh) await page.close();
  return result;
}

function summary(samples, key) {
  // A page whose first paint Chromium did not report (rare) counts in the other columns only.
  const sorted = samples.map((s) => s[key]).filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `${at(0.5).toFixed(0).padStart(6)} ${at(0.99).toFixed(0).padStart(6)}`;
}

function report(name, samples) {
  const keys = ["firstContentfulPaint", "domContentLoaded", "load", "ready"];
  console.log(`${name.padEnd(24)} ${keys.map((k) => summary(samples, k)).join("   ")}   ${samples[0].transferredKB.toFixed(0)} KB`);
}

const tokens = await signIn();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const signedIn = async () => {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1440, height: 900 } });
  await context.addInitScript((stored) => localStorage.setItem("junlite.session", JSON.stringify(stored)), tokens);
  return context;
};
const scenarios = {
  "login page, cold": async () => {
    const context = await browser.newContext();
    const sample = await measure(context, "/login", ['input[type="password"]'], true);
    await context.close();
    return sample;
  },
  "workbench, cold": async () => {
    const context = await signedIn();
    const sample = await measure(context, "/", READY, true);
    await context.close();
    return sample;
  },
};
const warm = await signedIn();
await measure(warm, "/", READY, true);
scenarios["workbench, warm"] = () => measure(warm, "/", READY, true);

console.log(`${runs} runs each against ${baseURL}; milliseconds, p50 p99`);
console.log(`${"".padEnd(24)} ${["first paint", "DOM ready", "load", "data shown"].map((k) => k.padStart(13)).join("   ")}   first transfer`);
for (const [name, run] of Object.entries(scenarios)) {
  await run(); // one untimed run: the server's own first requests
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await run());
  report(name, samples);
}
await browser.close();
