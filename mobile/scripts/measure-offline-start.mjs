// How long the app takes to show My day from the phone's own store with the server out of reach, in the web
// build (IndexedDB) in Chromium: a rep's full book against an empty store (the baseline, same run).
//   node scripts/measure-offline-start.mjs [runs] [leads] [customers] [tasks]
// Needs `make export` first; prints medians and the slowest run (p99 of so few runs) per case.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const [runs = 15, leads = 2000, customers = 2000, tasks = 200] = process.argv.slice(2).map(Number);
const port = 8799;
const server = spawn("node", ["scripts/serve-web.mjs", String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 800));
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });

const user = { id: "VXNlcjox", displayName: "刘洋", locale: "zh-CN", timezone: "Asia/Shanghai" };
const far = new Date(Date.now() + 86_400_000).toISOString();
const session = { accessToken: "offline", accessTokenExpiresAt: far, refreshToken: "offline", refreshTokenExpiresAt: far, user };

function book(count) {
  const now = Date.now();
  const records = [];
  for (let n = 0; n < count.leads; n++) {
    const id = `lead-${n}`;
    records.push([`rec:lead:${id}`, { id, name: `线索${n}`, phone: "139****0000", email: null, wechatId: null, company: `公司${n % 300}`, title: "采购经理", industry: "制造", province: "江苏省", city: "苏州市", district: null, notes: "展会认识", priority: "MEDIUM", status: "CONTACTING", score: n % 100, source: "WEB_FORM", tags: ["展会"], lastFollowedUpAt: null, nextFollowUpAt: null, createdAt: new Date(now - n * 60_000).toISOString(), updatedAt: new Date(now).toISOString() }]);
  }
  for (let n = 0; n < count.customers; n++) {
    const id = `customer-${n}`;
    records.push([`rec:customer:${id}`, { id, name: `客户${n}有限公司`, kind: "COMPANY", industry: "制造", province: "江苏省", city: "苏州市", district: "工业园区", address: `星湖街 ${n} 号`, level: "B", lifecycle: "CUSTOMER", phone: "0512****1234", email: null, notes: null, tags: [], inPool: false, poolDueAt: null, lastFollowedUpAt: new Date(now).toISOString(), createdAt: new Date(now).toISOString(), updatedAt: new Date(now).toISOString(), primaryContact: { id: `contact-${n}`, name: "张经理", mobile: "138****0000", phone: null }, contacts: [{ id: `contact-${n}`, name: "张经理", mobile: "138****0000", phone: null, title: "总经理" }] }]);
  }
  for (let n = 0; n < count.tasks; n++) {
    const id = `task-${n}`;
    records.push([`rec:task:${id}`, { id, title: `回访 ${n}`, notes: "", dueAt: new Date(now + (n - 20) * 3_600_000).toISOString(), priority: "MEDIUM", status: "OPEN", outcome: "", postponedCount: 0, isOverdue: n < 20, updatedAt: new Date(now).toISOString(), completedAt: null, type: { id: "t", name: "回访" }, subject: { __typename: "Customer", id: `customer-${n}`, name: `客户${n}有限公司`, phone: "0512****1234", address: `星湖街 ${n} 号`, city: "苏州市", district: "工业园区" } }]);
  }
  records.push(["rec:meta:myDay", { id: "myDay", date: "", timeZone: "Asia/Shanghai" }]);
  return records.map(([key, value]) => [key, JSON.stringify(value)]);
}

async function measure(label, entries) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.evaluate(
    async ({ session, entries }) => {
      localStorage.setItem("junlite.server", "http://127.0.0.1:9");
      localStorage.setItem("junlite.session", JSON.stringify(session));
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open("junlite-field", 1);
        request.onupgradeneeded = () => request.result.createObjectStore("kv");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction("kv", "readwrite");
      for (const [key, value] of entries) tx.objectStore("kv").put(value, key);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { session, entries },
  );
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = Date.now();
    await page.goto(`${origin}/`, { waitUntil: "commit" });
    await page.getByText(entries.length ? "已逾期" : "今天没有待办任务").first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - started);
  }
  await context.close();
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(times.length / 2)]} ms, slowest ${times.at(-1)} ms (${runs} runs)`);
}

await measure("empty store (baseline)", []);
await measure(`${leads} leads + ${customers} customers + ${tasks} tasks`, book({ leads, customers, tasks }));
await browser.close();
server.kill();
