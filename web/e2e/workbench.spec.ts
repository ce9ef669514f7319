import { expect, type Locator, type Page, test } from "@playwright/test";

import { DEMO, screenshotsAtEveryWidth, signIn } from "./helpers";

/** The same API the page uses, with the signed-in user's token. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("junlite.session")!).accessToken as string);
  const response = await page.request.post("/graphql", {
    headers: { Authorization: `Bearer ${token}` },
    data: { query, variables },
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Counts {
  overdue: number;
  dueToday: number;
  doneToday: number;
  open: number;
}

type Member = { rep: { displayName: string }; counts: Counts };

async function teamDayOf(page: Page, teamId: string): Promise<{ members: Member[] }> {
  const query =
    "query($id: ID!) { teamDay(teamId: $id) { members { rep { displayName } counts { overdue dueToday doneToday open } } } }";
  return (await api<{ teamDay: { members: Member[] } }>(page, query, { id: teamId })).teamDay;
}

/** Each member's row shows the API's four counts, formatted as zh-CN writes numbers. */
async function expectTeamRows(team: Locator, members: Member[]): Promise<void> {
  for (const member of members) {
    const row = team.getByTestId(`team-row-${member.rep.displayName}`);
    for (const key of ["overdue", "dueToday", "doneToday", "open"] as const) {
      await expect(row.getByTestId(`team-${key}`)).toHaveText(member.counts[key].toLocaleString("zh-CN"));
    }
  }
}

test("a manager sees the team's day, new leads, the pipeline and the lead charts", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await expect(page.getByTestId("workbench-title")).toHaveText("工作台 · 张伟");

  const { me } = await api<{ me: { team: { id: string; name: string } } }>(page, "{ me { team { id name } } }");
  expect(me.team.name).toBe("华东销售一组");
  const teamDay = await teamDayOf(page, me.team.id);
  const names = teamDay.members.map((m) => m.rep.displayName);
  expect(names).toEqual(expect.arrayContaining(["张伟", "刘洋"]));

  const team = page.getByTestId("team-today-card");
  await expect(team).toContainText("团队今日 · 华东销售一组");
  await expectTeamRows(team, teamDay.members);

  // New leads since the start of today and of this week (Monday), in the browser's zone.
  const windows = await page.evaluate(() => {
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    const monday = new Date(today);
    monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
    return { today: today.toISOString(), week: monday.toISOString() };
  });
  const leads = await api<{ today: { totalCount: number }; week: { totalCount: number } }>(
    page,
    "query($t: DateTime!, $w: DateTime!) { today: leads(first: 1, filter: {createdFrom: $t}) { totalCount } week: leads(first: 1, filter: {createdFrom: $w}) { totalCount } }",
    { t: windows.today, w: windows.week },
  );
  const newLeads = page.getByTestId("new-leads-card");
  await expect(newLeads.getByTestId("leads-today")).toContainText(leads.today.totalCount.toLocaleString("zh-CN"));
  await expect(newLeads.getByTestId("leads-week")).toContainText(leads.week.totalCount.toLocaleString("zh-CN"));

  const pipeline = page.getByTestId("pipeline-card");
  await expect(pipeline).toContainText("商机阶段 · 默认销售流程");
  const { pipeline: board } = await api<{ pipeline: { columns: { stage: { name: string }; count: number }[] } }>(
    page,
    "{ pipeline(first: 1) { columns { stage { name } count } } }",
  );
  expect(board.columns.map((c) => c.stage.name)).toEqual(["初步接洽", "需求确认", "方案报价", "商务谈判", "赢单", "输单"]);
  for (const column of board.columns) {
    await expect(pipeline.getByTestId(`stage-row-${column.stage.name}`).locator("td").nth(1)).toHaveText(
      column.count.toLocaleString("zh-CN"),
    );
  }

  // The charts themselves (not an empty state's picture): the demo's leads were created in the last 30 days.
  const funnel = page.getByTestId("funnel-card").getByRole("img", { name: "线索转化漏斗（近 30 天）" });
  await expect(funnel.locator("svg, canvas").first()).toBeVisible();
  const trend = page.getByTestId("trend-card").getByRole("img", { name: "线索新增与转化趋势（近 30 天，按周）" });
  await expect(trend.locator("svg, canvas").first()).toBeVisible();
  await expect(funnel).toContainText("新线索");

  await screenshotsAtEveryWidth(page, "workbench");
});

test("a director picks another team and sees its reps' counts", async ({ page }) => {
  await signIn(page, DEMO.director);
  await expect(page.getByTestId("workbench-title")).toHaveText("工作台 · 李娜");
  const { teams } = await api<{ teams: { nodes: { id: string; name: string }[] } }>(page, "{ teams(first: 100) { nodes { id name } } }");
  const south = teams.nodes.find((team) => team.name === "华南销售二组")!;
  const teamDay = await teamDayOf(page, south.id);
  expect(teamDay.members.map((m) => m.rep.displayName)).toContain("陈静");

  const team = page.getByTestId("team-today-card");
  await expect(team).toContainText("团队今日 · 销售部");
  await team.getByTestId("team-picker").click();
  await page.locator(".ant-select-item-option", { hasText: "华南销售二组" }).click();
  await expect(team).toContainText("团队今日 · 华南销售二组");
  await expectTeamRows(team, teamDay.members);
});

test("a rep sees their own day instead of a team", async ({ page }) => {
  await signIn(page, DEMO.rep1);
  const { myDay } = await api<{ myDay: { counts: Counts } }>(page, "{ myDay(limit: 1) { counts { overdue dueToday doneToday open } } }");
  const mine = page.getByTestId("my-today-card");
  await expect(mine).toContainText("我的今日");
  await expect(mine.getByTestId("my-overdue")).toContainText(myDay.counts.overdue.toLocaleString("zh-CN"));
  await expect(mine.getByTestId("my-open")).toContainText(myDay.counts.open.toLocaleString("zh-CN"));
  await expect(page.getByTestId("team-today-card")).toHaveCount(0);
});
