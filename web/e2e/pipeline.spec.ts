import { type APIRequestContext, expect, type Page, test } from "@playwright/test";

import { DEMO, pickOption, DEMO_PASSWORD, screenshotsAtEveryWidth, signIn } from "./helpers";

/** A product of the catalogue, made by the administrator through the API (the catalogue's own
 * screens are not part of the pipeline). */
async function createProduct(request: APIRequestContext, code: string, name: string, listPrice: string): Promise<void> {
  const post = async (query: string, variables: object, token?: string) => {
    const response = await request.post("/graphql", {
      data: { query, variables },
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    expect(response.ok()).toBeTruthy();
    return (await response.json()) as { data: Record<string, { accessToken?: string; userErrors: unknown[] }> };
  };
  const login = await post("mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }", {
    input: { login: DEMO.admin, password: DEMO_PASSWORD },
  });
  const token = login.data.login!.accessToken!;
  const created = await post(
    "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code message } } }",
    { input: { code, name, listPrice, unit: "套" } },
    token,
  );
  expect(created.data.createProduct!.userErrors).toEqual([]);
}

async function searchDeal(page: Page, name: string): Promise<void> {
  const search = page.getByTestId("opportunity-search").getByRole("searchbox");
  await search.fill(name);
  await search.press("Enter");
}

test("a manager drags a deal to the next stage, adds its lines, a quote, a contract with a file and a paid order; a refused move is explained", async ({ page }) => {
  test.setTimeout(240_000);
  const suffix = Date.now();
  const name = `E2E商机-${suffix}`;
  const code = `E2E-${suffix}`;
  await createProduct(page.request, code, `E2E 软件 ${suffix}`, "29800");
  await signIn(page, DEMO.manager);
  await page.goto("/pipeline");
  await expect(page.getByRole("heading", { name: "商机看板" })).toBeVisible();
  await expect(page.getByTestId("stage-column-初步接洽")).toBeVisible();

  // 新建商机 for one of the team's customers.
  await page.getByTestId("create-opportunity").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("商机名称").fill(name);
  await pickOption(page, page.getByRole("dialog"), "客户", /./);
  await dialog.getByLabel("金额").fill("50000");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("商机已创建")).toBeVisible();
  await expect(dialog).toBeHidden();

  await searchDeal(page, name);
  const first = page.getByTestId("stage-column-初步接洽");
  const second = page.getByTestId("stage-column-需求确认");
  const card = page.getByTestId(`opportunity-card-${name}`);
  await expect(first.getByTestId(`opportunity-card-${name}`)).toBeVisible();
  await expect(first.getByTestId("stage-count")).toHaveText("1 个");
  await expect(card).toContainText("¥50,000.00");
  await expect(card).toContainText("张伟");

  // Dragged to the next stage: it moves, and the move is there after a reload.
  await card.dragTo(second);
  await expect(page.getByText("已移动到“需求确认”")).toBeVisible();
  await expect(second.getByTestId(`opportunity-card-${name}`)).toBeVisible();
  await expect(second.getByTestId("stage-summary")).toContainText("加权 ¥15,000.00");
  await page.reload();
  await expect(page.getByTestId("opportunity-search").getByRole("searchbox")).toHaveValue(name);
  await expect(second.getByTestId(`opportunity-card-${name}`)).toBeVisible();
  await expect(first.getByTestId("stage-count")).toHaveText("0 个");

  // The deal's detail: line items from the catalogue, then a quote from them.
  await card.getByRole("link", { name }).click();
  await expect(page.getByTestId("opportunity-name")).toHaveText(name);
  await expect(page.getByTestId("deal-stage")).toHaveText("需求确认");
  await expect(page.getByTestId("stage-history")).toContainText("初步接洽 → 需求确认");
  await page.getByTestId("edit-lines").click();
  await page.getByTestId("add-line").click();
  await pickOption(page, page.getByRole("dialog"), "产品", code);
  await page.getByRole("dialog").getByLabel("数量").fill("2");
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("产品明细已保存")).toBeVisible();
  await expect(page.getByTestId("line-items")).toContainText(`E2E 软件 ${suffix}`);
  await expect(page.getByTestId("deal-amount")).toHaveText("¥59,600.00");

  await page.getByTestId("new-quote").click();
  await expect(page.getByRole("dialog").getByTestId("line-editor-row")).toHaveCount(1);
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  const quote = page.getByTestId("deal-quotes").locator("[data-testid^=quote-QT-]");
  await expect(quote).toContainText("草稿");
  await expect(quote.getByTestId("quote-total")).toHaveText("¥59,600.00");
  await quote.getByRole("button", { name: /发\s*送/ }).click();
  await expect(quote).toContainText("已发送");

  // A contract from the sent quote, with a file uploaded onto it.
  const contractName = `E2E合同-${suffix}`;
  await page.getByTestId("deal-contracts").getByRole("button", { name: "新建合同" }).click();
  await page.getByRole("dialog").getByLabel("合同名称").fill(contractName);
  await pickOption(page, page.getByRole("dialog"), "依据报价", "QT-");
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  const contract = page.getByTestId("deal-contracts").locator("[data-testid^=contract-CT-]", { hasText: contractName });
  await expect(contract).toContainText("草稿");
  await expect(contract).toContainText("¥59,600.00");
  await contract.locator("input[type=file]").setInputFiles({ name: "合同说明.txt", mimeType: "text/plain", buffer: Buffer.from("签字版稍后上传\n") });
  await expect(contract.getByRole("button", { name: /合同说明\.txt/ })).toBeVisible();

  // An order from the deal's lines, confirmed, then paid in full.
  await page.getByTestId("deal-orders").getByRole("button", { name: "新建订单" }).click();
  await expect(page.getByRole("dialog").getByTestId("line-editor-row")).toHaveCount(1);
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  const order = page.getByTestId("deal-orders").locator("[data-testid^=order-SO-]");
  await expect(order).toContainText("草稿");
  await expect(order.getByTestId("order-outstanding")).toHaveText("¥59,600.00");
  await order.getByRole("button", { name: "确认订单" }).click();
  await expect(order).toContainText("已确认");
  await order.getByTestId("record-payment").click();
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("收款已登记")).toBeVisible();
  await expect(order).toContainText("已收齐");
  await expect(order.getByTestId("order-received")).toHaveText("¥59,600.00");
  await expect(order.getByTestId("order-outstanding")).toHaveText("¥0.00");
  await expect(order).toContainText("银行转账");
  await screenshotsAtEveryWidth(page, "opportunity-detail");

  // Won on the board, then dragged out of 赢单: the API refuses, the card snaps back and the
  // reason shows.
  await page.getByRole("link", { name: "返回漏斗" }).click();
  await searchDeal(page, name);
  await page.getByTestId("stage-column-赢单").scrollIntoViewIfNeeded();
  await page.getByTestId(`opportunity-card-${name}`).dragTo(page.getByTestId("stage-column-赢单"));
  await expect(page.getByRole("dialog")).toContainText(`赢单：${name}`);
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  const won = page.getByTestId("stage-column-赢单");
  await expect(won.getByTestId(`opportunity-card-${name}`)).toContainText("赢单");
  await won.getByTestId(`opportunity-card-${name}`).dragTo(page.getByTestId("stage-column-商务谈判"));
  await expect(page.getByTestId("move-refusal")).toContainText("商机已赢单或输单，不能再移动阶段");
  await expect(won.getByTestId(`opportunity-card-${name}`)).toBeVisible();
  await expect(page.getByTestId("stage-column-商务谈判").getByTestId(`opportunity-card-${name}`)).toHaveCount(0);

  await searchDeal(page, "");
  await expect(won.getByTestId(`opportunity-card-${name}`)).toBeVisible();
  await screenshotsAtEveryWidth(page, "pipeline-kanban");
});
