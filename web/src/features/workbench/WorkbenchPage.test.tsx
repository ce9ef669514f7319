import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Client, type Exchange, makeResult, Provider } from "urql";
import { describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";

import { LocaleProvider } from "../../i18n";
import { WorkbenchPage } from "./WorkbenchPage";
import { operationName } from "../../test/render";

const auth = vi.hoisted(() => ({
  me: { displayName: "张伟", team: { id: "VGVhbTox", name: "华东销售一组" } } as unknown,
  grants: new Set<string>(),
}));
vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ me: auth.me, can: (object: string, action: string) => auth.grants.has(`${object}:${action}`) }),
}));

// jsdom draws nothing: ECharts measures text on a canvas, which jsdom lacks (the SVG is still built).
vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);

const counts = (overdue: number, dueToday: number, doneToday: number, open: number) => ({
  __typename: "TaskCounts",
  overdue,
  dueToday,
  doneToday,
  open,
});

const ANSWERS: Record<string, unknown> = {
  WorkbenchTeamDay: {
    teamDay: {
      date: "2026-11-26",
      members: [
        { rep: { id: "VXNlcjox", displayName: "刘洋" }, counts: counts(3, 2, 1, 1234) },
        { rep: { id: "VXNlcjoy", displayName: "张伟" }, counts: counts(0, 0, 0, 0) },
      ],
    },
  },
  WorkbenchTeams: { teams: { nodes: [{ id: "VGVhbTox", name: "华东销售一组" }] } },
  WorkbenchMyDay: { myDay: { date: "2026-11-26", counts: counts(4, 1, 2, 9) } },
  WorkbenchNewLeads: { today: { totalCount: 12 }, week: { totalCount: 1500 } },
  WorkbenchPipeline: {
    pipeline: {
      pipeline: { id: "UGlwZWxpbmU6MQ==", name: "默认销售流程" },
      columns: [
        { stage: { id: "s1", name: "初步接洽", kind: "OPEN", probability: 10 }, count: 2, totalAmount: "1234567.50", weightedAmount: "123456.75" },
        { stage: { id: "s2", name: "商务谈判", kind: "OPEN", probability: 80 }, count: 1, totalAmount: "10000.00", weightedAmount: "8000.00" },
        { stage: { id: "s3", name: "赢单", kind: "WON", probability: 100 }, count: 5, totalAmount: "99.00", weightedAmount: "99.00" },
      ],
    },
  },
  WorkbenchLeadAnalytics: {
    leadAnalytics: {
      total: {
        leads: 10,
        converted: 4,
        funnel: [
          { status: "NEW", count: 10 },
          { status: "CONTACTING", count: 8 },
          { status: "QUALIFIED", count: 6 },
          { status: "CONVERTED", count: 4 },
        ],
      },
      groups: [{ periodStart: "2026-11-23", leads: 10, converted: 4 }],
    },
  },
};

/** A real urql client whose only exchange answers each workbench query from ANSWERS, or with an error code. */
function mockClient(errors: Record<string, string> = {}) {
  const asked: string[] = [];
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind === "query"),
      map((operation) => {
        const name = operationName(operation.query);
        asked.push(name);
        if (errors[name]) {
          // As the API refuses: a top-level error with its code.
          return makeResult(operation, { data: null, errors: [{ message: "refused", extensions: { code: errors[name] } }] });
        }
        return makeResult(operation, { data: ANSWERS[name] as Record<string, unknown> });
      }),
    );
  const client = new Client({ url: "/graphql", exchanges: [answer] });
  return { client, asked };
}

function renderPage(client: Client) {
  return render(
    <LocaleProvider locale="zh-CN">
      <Provider value={client}>
        <MemoryRouter>
          <WorkbenchPage />
        </MemoryRouter>
      </Provider>
    </LocaleProvider>,
  );
}

describe("WorkbenchPage", () => {
  it("shows a manager the team's counts, new leads, the pipeline in yuan and both charts", async () => {
    auth.grants = new Set(["task:read", "task:assign", "lead:read", "opportunity:read", "report:read"]);
    const { client, asked } = mockClient();
    renderPage(client);

    expect(screen.getByTestId("workbench-title")).toHaveTextContent("工作台 · 张伟");
    const team = screen.getByTestId("team-today-card");
    expect(within(team).getByText("团队今日 · 华东销售一组")).toBeInTheDocument();
    const liu = within(team).getByTestId("team-row-刘洋");
    expect(within(liu).getByTestId("team-overdue")).toHaveTextContent("3");
    expect(within(liu).getByTestId("team-dueToday")).toHaveTextContent("2");
    expect(within(liu).getByTestId("team-open")).toHaveTextContent("1,234");

    expect(screen.getByTestId("leads-today")).toHaveTextContent("12");
    expect(screen.getByTestId("leads-week")).toHaveTextContent("1,500");

    const pipeline = screen.getByTestId("pipeline-card");
    expect(within(pipeline).getByText("商机阶段 · 默认销售流程")).toBeInTheDocument();
    const first = within(pipeline).getByTestId("stage-row-初步接洽");
    expect(within(first).getByText("¥1,234,567.5")).toBeInTheDocument();
    expect(within(first).getByText("¥123,456.75")).toBeInTheDocument();
    // The open stages in all: the won stage is not counted.
    expect(within(pipeline).getByText("¥1,244,567.5")).toBeInTheDocument();
    expect(within(pipeline).getByText("¥131,456.75")).toBeInTheDocument();

    // The charts load after the page (ECharts is a chunk of its own).
    expect(await within(screen.getByTestId("funnel-card")).findByRole("img", { name: "线索转化漏斗（近 30 天）" })).toBeInTheDocument();
    expect(await within(screen.getByTestId("trend-card")).findByRole("img", { name: "线索新增与转化趋势（近 30 天，按周）" })).toBeInTheDocument();
    expect(asked).not.toContain("WorkbenchMyDay");
  });

  it("shows a rep their own day, and a refused analytics call as a translated message without hiding the rest", () => {
    auth.me = { displayName: "刘洋", team: { id: "VGVhbTox", name: "华东销售一组" } };
    auth.grants = new Set(["task:read", "lead:read", "report:read"]);
    const { client, asked } = mockClient({ WorkbenchLeadAnalytics: "FORBIDDEN" });
    renderPage(client);

    const mine = screen.getByTestId("my-today-card");
    expect(within(mine).getByText("我的今日")).toBeInTheDocument();
    expect(within(mine).getByTestId("my-overdue")).toHaveTextContent("4");
    expect(within(mine).getByTestId("my-open")).toHaveTextContent("9");
    expect(asked).not.toContain("WorkbenchTeamDay");
    expect(screen.queryByTestId("pipeline-card")).not.toBeInTheDocument();

    expect(within(screen.getByTestId("funnel-card")).getByText("您的角色无权查看此数据")).toBeInTheDocument();
    expect(within(screen.getByTestId("trend-card")).getByText("您的角色无权查看此数据")).toBeInTheDocument();
    expect(screen.getByTestId("leads-today")).toHaveTextContent("12");
  });
});
