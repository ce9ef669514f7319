import { expect, test } from "@playwright/test";

import { DEMO, pickOption, screenshotsAtEveryWidth, signIn } from "./helpers";

test("an admin routes web-form leads to 刘洋 first, scores them, and builds the form they come from", async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = Date.now();
  const ruleName = `E2E网站线索给刘洋-${suffix}`;
  const scoreName = `E2E行业制造业-${suffix}`;
  const formName = `E2E官网咨询-${suffix}`;
  const visitor = `E2E访客${suffix}`;
  const visitorPhone = `137${String(suffix).slice(-8)}`;

  await signIn(page, DEMO.admin);
  await page.goto("/capture");
  await expect(page).toHaveURL(/\/capture\/routing$/);
  await expect(page.getByRole("tab", { name: "分配规则" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "评分规则" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "网站表单" })).toBeVisible();

  // A rule: 网站表单 leads go to 刘洋, created last, then moved to the top.
  await page.getByTestId("new-rule").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("规则名称").fill(ruleName);
  await pickOption(page, dialog, "来源渠道", "网站表单");
  await dialog.getByLabel("规则名称").click();
  await pickOption(page, dialog, "销售", "刘洋");
  await dialog.getByLabel("首次跟进时限（小时）").fill("4");
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId(`rule-${ruleName}`);
  await expect(row).toContainText("来源渠道: 网站表单");
  await expect(row).toContainText("指定销售：刘洋");
  await expect(row).toContainText("4 小时内");
  await expect(row.getByTestId("rule-position")).not.toHaveText("1");
  await row.getByRole("button", { name: `置顶 ${ruleName}` }).click();
  await expect(page.getByText("已调整顺序")).toBeVisible();
  await expect(row.getByTestId("rule-position")).toHaveText("1");
  await expect(page.getByRole("row").nth(1)).toContainText(ruleName);

  // A scoring rule.
  await page.getByRole("tab", { name: "评分规则" }).click();
  await expect(page).toHaveURL(/\/capture\/scoring$/);
  await page.getByTestId("new-score-rule").click();
  const scoreDialog = page.getByRole("dialog");
  await scoreDialog.getByLabel("规则名称").fill(scoreName);
  await scoreDialog.getByLabel("分值").fill("20");
  await pickOption(page, scoreDialog, "线索字段", "行业");
  await pickOption(page, scoreDialog, "条件", "等于");
  await scoreDialog.getByLabel("值", { exact: true }).fill("制造业");
  await scoreDialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(scoreDialog).toBeHidden();
  const scoreRow = page.getByTestId(`score-rule-${scoreName}`);
  await expect(scoreRow).toContainText("行业 等于 制造业");
  await expect(scoreRow).toContainText("+20");
  await expect(page.getByTestId("score-decay")).toBeVisible();
  await screenshotsAtEveryWidth(page, "capture-scoring");

  // A web form: the starter fields, one more choice, consent; the preview follows as we type.
  await page.getByRole("tab", { name: "网站表单" }).click();
  await page.getByTestId("new-form").click();
  await expect(page.getByRole("heading", { name: "新建网站表单" })).toBeVisible();
  await page.getByLabel("表单名称").fill(formName);
  await page.getByLabel("同意条款").fill("我已阅读并同意《隐私政策》");
  const preview = page.getByTestId("form-preview");
  await expect(preview.getByTestId("preview-form-name")).toHaveText(formName);
  await expect(preview.getByTestId("preview-consent")).toContainText("我已阅读并同意《隐私政策》");
  await expect(preview.getByText("手机号")).toBeVisible();
  await page.getByTestId("add-field").click();
  await page.getByLabel("标题 4", { exact: true }).fill("预算");
  await pickOption(page, page.getByTestId("field-3"), "类型 4", "单选");
  await page.getByLabel("选项 4", { exact: true }).fill("10万以下");
  await page.keyboard.press("Enter");
  await page.getByLabel("选项 4", { exact: true }).fill("10-50万");
  await page.keyboard.press("Enter");
  await expect(preview.getByText("预算")).toBeVisible();
  await expect(preview.getByText("10-50万")).toBeVisible();
  await expect(page.getByTestId("form-snippet")).toContainText("保存表单后生成嵌入代码");
  await page.getByTestId("save-form").click();
  await expect(page.getByText("表单已创建")).toBeVisible();
  await expect(page.getByRole("heading", { name: `编辑表单：${formName}` })).toBeVisible();
  const snippet = page.getByTestId("snippet-code");
  await expect(snippet).toHaveValue(/<iframe src="[^"]*\/forms\/[A-Za-z0-9_-]+"/);
  await expect(page.getByTestId("copy-snippet")).toBeVisible();
  await screenshotsAtEveryWidth(page, "capture-form-builder");

  // A visitor submits the public form (the JSON way a site's script does).
  const slug = /\/forms\/([A-Za-z0-9_-]+)/.exec(await snippet.inputValue())![1];
  const token = (await (await page.request.get(`/forms/${slug}/token`)).json()).token as string;
  await page.waitForTimeout(2500);
  const answer = await page.request.post(`/forms/${slug}`, {
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    data: { name: visitor, phone: visitorPhone, company: "E2E制造有限公司", field1: "10-50万", consent: "on", _token: token },
  });
  expect(answer.status()).toBe(200);

  await page.getByRole("button", { name: "返回表单列表" }).click();
  const formRow = page.getByTestId(`form-${formName}`);
  await expect(formRow).toContainText("启用");
  await formRow.getByRole("button", { name: /提交 1/ }).click();
  await expect(page.getByTestId("form-submissions")).toContainText(visitor);

  // The routing preview for that lead: our rule, first, takes it for 刘洋.
  await page.getByRole("tab", { name: "分配规则" }).click();
  await page.getByTestId("preview-lead").click();
  await page.keyboard.type(visitorPhone);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: visitor }).first().click();
  await page.getByTestId("run-preview").click();
  await expect(page.getByTestId("preview-owner")).toHaveText("刘洋");
  const firstStep = page.getByTestId("preview-step").first();
  await expect(firstStep).toContainText(ruleName);
  await expect(firstStep).toContainText("匹配");
  await screenshotsAtEveryWidth(page, "capture-routing");
});

test("a sales manager reads the routing rules but cannot change them; a rep does not see them", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/capture/routing");
  await expect(page.getByTestId("routing-page")).toBeVisible();
  await expect(page.getByText("您可以查看规则，修改需要系统管理员权限")).toBeVisible();
  await expect(page.getByTestId("new-rule")).toHaveCount(0);

  await page.getByTestId("user-menu").click();
  await page.getByText("退出登录").click();
  await signIn(page, DEMO.rep1);
  await page.goto("/capture");
  await expect(page).toHaveURL(/\/capture\/scoring$/);
  await expect(page.getByRole("tab", { name: "分配规则" })).toHaveCount(0);
});

test("an admin enters an event's leads in a batch, gets its sign-up link, and rotates a webhook secret", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now();
  const eventName = `E2E展会-${suffix}`;
  const sourceName = `E2E微博-${suffix}`;

  await signIn(page, DEMO.admin);
  await page.goto("/capture/events");
  await page.getByTestId("new-event").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("活动名称").fill(eventName);
  await dialog.getByLabel("地点").fill("深圳会展中心");
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId(`event-${eventName}`);
  await expect(row).toContainText("深圳会展中心");

  await page.getByTestId(`enter-leads-${eventName}`).click();
  const batch = page.getByRole("dialog");
  await batch.getByLabel("姓名 1", { exact: true }).fill(`E2E展会客户${suffix}`);
  await batch.getByLabel("手机号 1", { exact: true }).fill(`136${String(suffix).slice(-8)}`);
  await batch.getByLabel("姓名 2", { exact: true }).fill("号码不对");
  await batch.getByLabel("手机号 2", { exact: true }).fill("12345");
  await batch.getByRole("button", { name: /提\s*交/ }).click();
  await expect(batch.getByTestId("event-leads-summary")).toHaveText("新建 1 条，合并 0 条，未通过 1 条");
  await expect(batch.getByTestId("event-row-result-0")).toHaveText("新线索");
  await expect(batch.getByTestId("event-row-result-1")).not.toBeEmpty();
  await batch.getByRole("button", { name: /^关\s+闭$/ }).click();
  await expect(row.getByTestId("event-lead-count")).toHaveText("1");

  await row.getByRole("button", { name: "生成报名表" }).click();
  await expect(page.getByText("报名表已生成")).toBeVisible();
  await expect(row.getByRole("link", { name: "报名链接" })).toHaveAttribute("href", /\/forms\//);
  await screenshotsAtEveryWidth(page, "capture-events");

  await page.getByRole("tab", { name: "Webhook 接入" }).click();
  await page.getByTestId("new-webhook").click();
  await page.getByRole("dialog").getByLabel("来源名称").fill(sourceName);
  await page.getByRole("dialog").getByRole("button", { name: /保\s*存/ }).click();
  const first = await page.getByTestId("webhook-secret").inputValue();
  expect(first.length).toBeGreaterThan(10);
  await page.getByRole("button", { name: "我已保存" }).click();
  const source = page.getByTestId(`webhook-${sourceName}`);
  await expect(source).toContainText("/webhooks/leads/");
  await source.getByRole("button", { name: "更换密钥" }).click();
  await page.locator(".ant-popconfirm:visible").getByRole("button", { name: "更换密钥" }).click();
  await expect(page.getByText("密钥已更换")).toBeVisible();
  await expect(page.getByTestId("webhook-secret")).not.toHaveValue(first);
  await page.getByRole("button", { name: "我已保存" }).click();

  // A WeChat Official Account with one QR-code scene: the server URL to enter in WeChat.
  const accountName = `E2E公众号-${suffix}`;
  await page.getByRole("tab", { name: "微信公众号" }).click();
  await page.getByRole("button", { name: "添加公众号" }).click();
  const wechat = page.getByRole("dialog");
  await wechat.getByLabel("公众号名称").fill(accountName);
  await wechat.getByLabel("AppID").fill(`wx${suffix.toString(16).padStart(16, "0")}`);
  await wechat.getByLabel("令牌（Token）").fill("e2eToken123");
  await wechat.getByRole("button", { name: "添加场景" }).click();
  await wechat.getByLabel("场景值 1").fill(`expo${suffix}`);
  await wechat.getByLabel("场景名称 1").fill("展会展位码");
  await wechat.getByRole("button", { name: /保\s*存/ }).click();
  await expect(wechat).toBeHidden();
  const account = page.locator(".ant-card", { hasText: accountName });
  await expect(account).toContainText("/wechat/");
  await expect(account).toContainText(`expo${suffix} · 展会展位码`);
});
