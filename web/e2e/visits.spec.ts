import { expect, test } from "@playwright/test";

import { api, DEMO, signedInContext, signIn } from "./helpers";

// A rep checks in at a customer from the field app (here: the same API calls), with a photo; the
// manager sees it on the console's 外勤签到 tab: the time, whom, the accuracy, the map link and
// the photo itself (fetched with the manager's token: files are not public).
test("a manager sees a rep's check-in of the day with its accuracy, its place and its photo", async ({ browser, page }) => {
  const stamp = `E2E-${Date.now()}`;
  const rep = await signedInContext(browser, DEMO.rep1);
  const { customers } = await api<{ customers: { nodes: { id: string; name: string }[] } }>(rep.page, "{ customers(first: 1, orderBy: NAME) { nodes { id name } } }");
  const customer = customers.nodes[0]!;
  const token = await rep.page.evaluate(() => JSON.parse(localStorage.getItem("junlite.session")!).accessToken as string);
  const photo = Buffer.from(
    await rep.page.evaluate(() => {
      const canvas = document.createElement("canvas");
      canvas.width = 320;
      canvas.height = 240;
      const context = canvas.getContext("2d")!;
      context.fillStyle = "#2a7";
      context.fillRect(0, 0, 320, 240);
      return canvas.toDataURL("image/jpeg").split(",")[1]!;
    }),
    "base64",
  );
  const uploaded = await rep.page.request.post("/api/files", {
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "image/jpeg", "X-File-Name": encodeURIComponent("门头.jpg") },
    data: photo,
  });
  expect(uploaded.status()).toBe(201);
  const fileId = ((await uploaded.json()) as { id: string }).id;
  const logged = await api<{ logCommunication: { userErrors: unknown[] } }>(
    rep.page,
    "mutation($input: LogCommunicationInput!) { logCommunication(input: $input) { userErrors { code } } }",
    {
      input: {
        subjectId: customer.id,
        channel: "VISIT",
        content: `${stamp} 见了采购经理`,
        checkIn: { latitude: 31.2304, longitude: 121.4737, accuracyMeters: 12, takenAt: new Date().toISOString(), photoIds: [fileId] },
      },
    },
  );
  expect(logged.logCommunication.userErrors).toEqual([]);
  await rep.context.close();

  await signIn(page, DEMO.manager);
  await page.goto("/tasks/visits");
  const visit = page.locator(".ant-list-item", { hasText: `${stamp} 见了采购经理` });
  await expect(visit).toContainText(customer.name);
  await expect(visit).toContainText("精度 ±12 米");
  await expect(visit.getByRole("link", { name: /31\.23040, 121\.47370/ })).toHaveAttribute("href", "https://uri.amap.com/marker?position=121.4737,31.2304&coordinate=wgs84");
  const image = visit.getByAltText("门头.jpg");
  await expect(image).toHaveAttribute("src", /^blob:/);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(320);
  await expect(page.locator(".ant-card", { has: visit }).locator(".ant-card-head")).toContainText("刘洋");
  await page.screenshot({ path: "e2e-artifacts/screenshots/visits-1440.png", fullPage: true });
});
