import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { Client, type Exchange, makeResult } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { map, pipe } from "wonka";

import { KanbanPage } from "./KanbanPage";
import { setWidth } from "../../test/viewport";
import { operationName, renderWithApi } from "../../test/render";

vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ can: () => true }),
}));

const stage = (id: string, name: string, probability: number, kind = "OPEN") => ({ id, name, probability, kind, position: 0 });
const STAGES = [stage("s1", "初步接洽", 10), stage("s2", "需求确认", 30), stage("won", "赢单", 100, "WON"), stage("lost", "输单", 0, "LOST")];
const deal = (stageId: string) => ({
  id: "o1",
  name: "华信 CRM 升级",
  amount: "50000.00",
  currency: "CNY",
  status: "OPEN",
  expectedCloseDate: "2026-12-31",
  weightedAmount: "5000.00",
  customer: { id: "c1", name: "深圳华信科技有限公司" },
  owner: { id: "u1", displayName: "刘洋" },
  stage: { id: stageId },
});

function board(dealStage: string) {
  return {
    pipeline: {
      pipeline: { id: "p1", name: "默认销售流程" },
      columns: STAGES.map((s) => {
        const here = s.id === dealStage;
        return {
          stage: s,
          count: here ? 1 : 0,
          totalAmount: here ? "50000.00" : "0.00",
          weightedAmount: here ? ((50000 * s.probability) / 100).toFixed(2) : "0.00",
          totals: here ? [{ currency: "CNY", count: 1, amount: "50000.00", weightedAmount: "5000.00" }, { currency: "USD", count: 1, amount: "1200.00", weightedAmount: "120.00" }] : [],
          opportunities: here ? [deal(dealStage)] : [],
        };
      }),
    },
  };
}

/** A real urql client whose exchange answers like the API: the board from where the deal is,
 * and the move either refused (with the API's message) or carried out. */
function mockClient(refusal: string | null) {
  const state = { stage: "s1" };
  const moves: unknown[] = [];
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        const op = operationName(operation.query);
        if (op === "MoveOpportunityStage") {
          const input = (operation.variables as { input: { stageId: string } }).input;
          moves.push(input);
          if (refusal) {
            return makeResult(operation, { data: { moveOpportunityStage: { opportunity: null, userErrors: [{ field: ["input", "stageId"], code: "OPPORTUNITY_CLOSED", message: refusal }] } } });
          }
          state.stage = input.stageId;
          return makeResult(operation, { data: { moveOpportunityStage: { opportunity: { id: "o1", status: "OPEN", stage: { id: input.stageId, name: "需求确认" }, weightedAmount: "15000.00", closeReason: null }, userErrors: [] } } });
        }
        if (op === "Pipelines") return makeResult(operation, { data: { pipelines: [{ id: "p1", name: "默认销售流程", isDefault: true, stages: STAGES }], wonReasons: [], lostReasons: [{ id: "r1", label: "价格过高" }] } });
        if (op === "PipelineBoard") return makeResult(operation, { data: board(state.stage) });
        return makeResult(operation, { data: { users: { nodes: [] }, teams: { nodes: [] } } });
      }),
    );
  return { client: new Client({ url: "/graphql", exchanges: [answer] }), moves };
}


function renderPage(client: Client) {
  renderWithApi(
      <MemoryRouter>
        <KanbanPage />
      </MemoryRouter>,
    client,
  );
}

function drag(card: HTMLElement, column: HTMLElement) {
  const data = new Map<string, string>();
  const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? "", effectAllowed: "", dropEffect: "" };
  fireEvent.dragStart(card, { dataTransfer });
  fireEvent.dragOver(column, { dataTransfer });
  fireEvent.drop(column, { dataTransfer });
}

afterEach(() => setWidth(false));

describe("KanbanPage", { timeout: 60_000 }, () => {
  it("shows each stage's count, total and weighted amount, and the deal's card", async () => {
    setWidth(true);
    renderPage(mockClient(null).client);
    const first = await screen.findByTestId("stage-column-初步接洽");
    const summary = within(first).getByTestId("stage-summary");
    expect(summary).toHaveTextContent("初步接洽赢率 10%1 个 · 金额 ¥50,000.00加权 ¥5,000.00另有 $1,200.00");
    const card = within(first).getByTestId("opportunity-card-华信 CRM 升级");
    expect(card).toHaveTextContent("深圳华信科技有限公司");
    expect(card).toHaveTextContent("¥50,000.00");
    expect(card).toHaveTextContent("刘洋 · 预计成交 2026-12-31");
    expect(within(screen.getByTestId("stage-column-需求确认")).getByTestId("stage-count")).toHaveTextContent("0 个");
  });

  it("puts a dragged card back where it was and shows the API's reason when the move is refused", async () => {
    setWidth(true);
    const { client, moves } = mockClient("商机已赢单或输单，不能再移动阶段");
    renderPage(client);
    const card = await screen.findByTestId("opportunity-card-华信 CRM 升级");
    expect(card).toHaveAttribute("draggable", "true");
    drag(card, screen.getByTestId("stage-column-需求确认"));

    expect(await screen.findByTestId("move-refusal")).toHaveTextContent("无法移动：华信 CRM 升级：商机已赢单或输单，不能再移动阶段");
    expect(moves).toEqual([expect.objectContaining({ id: "o1", stageId: "s2" })]);
    expect(within(screen.getByTestId("stage-column-初步接洽")).getByTestId("opportunity-card-华信 CRM 升级")).toBeInTheDocument();
    expect(within(screen.getByTestId("stage-column-需求确认")).queryByTestId("opportunity-card-华信 CRM 升级")).toBeNull();
  });

  it("asks for a reason before a card dropped on 输单 is lost", async () => {
    setWidth(true);
    const { client, moves } = mockClient(null);
    renderPage(client);
    drag(await screen.findByTestId("opportunity-card-华信 CRM 升级"), screen.getByTestId("stage-column-输单"));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("输单：华信 CRM 升级");
    await userEvent.setup().click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(moves).toEqual([]);
  });

  it("on a phone moves a card through its 移动到… menu instead of dragging", async () => {
    setWidth(false);
    const { client, moves } = mockClient(null);
    renderPage(client);
    const card = await screen.findByTestId("opportunity-card-华信 CRM 升级");
    expect(card).toHaveAttribute("draggable", "false");
    const user = userEvent.setup();
    await user.click(within(card).getByTestId("card-move-menu"));
    await user.click(await screen.findByRole("menuitem", { name: "需求确认" }));
    await waitFor(() => expect(within(screen.getByTestId("stage-column-需求确认")).getByTestId("opportunity-card-华信 CRM 升级")).toBeInTheDocument());
    expect(moves).toEqual([expect.objectContaining({ id: "o1", stageId: "s2" })]);
    expect(within(screen.getByTestId("stage-column-需求确认")).getByTestId("stage-summary")).toHaveTextContent("加权 ¥15,000.00");
  });
});
