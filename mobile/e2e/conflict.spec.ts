import { expect, test } from "@playwright/test";

import { api, signIn, syncBar } from "./helpers";

interface LeadFacts {
  id: string;
  name: string;
  company: string | null;
  notes: string | null;
}

// The rep edits a lead offline while the same lead's company is changed on the server (on the
// console, say). Back online, the field only the rep changed goes through on its own; the field
// both changed is put to the rep, who keeps theirs; nothing either side entered is lost.
test("an offline edit that meets a change on the server is merged field by field, the clash settled by the rep", async ({ page, context }) => {
  const stamp = `E2E-${Date.now()}`;
  const { me } = await api<{ me: { id: string } }>(page, "{ me { id } }");
  const { leads } = await api<{ leads: { nodes: LeadFacts[] } }>(
    page,
    "query($me: [ID!]) { leads(first: 1, filter: { ownerIds: $me, statuses: [NEW, CONTACTING] }, orderBy: NAME) { nodes { id name company notes } } }",
    { me: [me.id] },
  );
  const lead = leads.nodes[0]!;

  await signIn(page);
  await page.getByRole("tab", { name: /线索/ }).click();
  await page.getByLabel("搜索姓名、公司、电话", { exact: true }).fill(lead.name);
  await page.getByRole("link", { name: new RegExp(lead.name) }).first().click();
  await expect(page.getByRole("button", { name: "编辑" })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole("button", { name: "编辑" }).click();
  await page.getByLabel("公司", { exact: true }).fill(`${stamp} 我改的公司`);
  await page.getByLabel("备注", { exact: true }).fill(`${stamp} 客户周五在工厂`);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(`${stamp} 我改的公司`, { exact: true })).toBeVisible();

  // Meanwhile, on the server: the company only.
  const changed = await api<{ updateLead: { userErrors: unknown[] } }>(
    page,
    "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { userErrors { code } } }",
    { input: { id: lead.id, company: `${stamp} 控制台改的公司` } },
  );
  expect(changed.updateLead.userErrors).toEqual([]);

  await context.setOffline(false);
  await page.goBack();
  await page.goBack();
  await expect(syncBar(page)).toContainText("1 项需要处理", { timeout: 30_000 });
  const onServer = async () => (await api<{ node: LeadFacts }>(page, "query($id: ID!) { node(id: $id) { ... on Lead { id name company notes } } }", { id: lead.id })).node;
  expect(await onServer()).toEqual({ ...lead, company: `${stamp} 控制台改的公司`, notes: `${stamp} 客户周五在工厂` });

  await syncBar(page).click();
  await expect(page.getByText("记录已在别处修改，请逐项选择")).toBeVisible();
  await page.getByRole("radio", { name: `我的：${stamp} 我改的公司` }).click();
  await expect(page.getByRole("radio", { name: `服务器：${stamp} 控制台改的公司` })).toBeVisible();
  await page.screenshot({ path: "e2e-artifacts/screenshots/sync-conflict.png" });
  await page.getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("所有修改都已同步")).toBeVisible({ timeout: 30_000 });
  expect(await onServer()).toEqual({ ...lead, company: `${stamp} 我改的公司`, notes: `${stamp} 客户周五在工厂` });
});
