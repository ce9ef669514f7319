import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { Client, type Exchange, makeResult } from "urql";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";

import type { PublicPoolQuery } from "../../gql/graphql";
import { PoolPage } from "./PoolPage";
import { setWidth } from "../../test/viewport";
import { operationName, renderWithApi } from "../../test/render";

vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ can: () => true }),
}));

type Row = PublicPoolQuery["publicPool"]["nodes"][number];
const KEY = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
const row = (id: string, name: string, industry: string): Row => ({
  id,
  name,
  industry,
  province: "广东省",
  city: "深圳市",
  level: "B",
  lifecycle: "POTENTIAL",
  poolEnteredAt: "2026-11-01T09:00:00+08:00",
  lastFollowedUpAt: "2026-09-15T10:00:00+08:00",
});
const NINGBO = row("Q3VzdG9tZXI6MQ==", "宁波北仑港通", "物流");
const QIANHAI = row("Q3VzdG9tZXI6Mg==", "深圳前海优品", "零售");
const HUAXIN = row("Q3VzdG9tZXI6Mw==", "深圳华信科技有限公司", "软件");
const WANG_FANG = { id: "VXNlcjoy", displayName: "王芳" };

/** A urql client that answers like the API: the pool as it stands, the people to assign to, and
 * an assignment either carried out (the customers leave the pool) or refused with `refusals`. */
function mockClient(refusals: { field: string[]; code: string; message: string }[]) {
  const state = { pool: [NINGBO, QIANHAI, HUAXIN] };
  const sent: { operation: string; variables: unknown }[] = [];
  const refetches: unknown[] = [];
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== "teardown"),
      map((operation) => {
        const op = operationName(operation.query);
        if (op === "PublicPool") {
          if (operation.context.requestPolicy === "network-only") refetches.push(operation.variables);
          return makeResult(operation, { data: { publicPool: { totalCount: state.pool.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes: state.pool } } });
        }
        if (op === "CustomerChoices") {
          return makeResult(operation, { data: { customerLevels: [], users: { nodes: [{ id: "VXNlcjox", displayName: "刘洋" }, WANG_FANG] }, teams: { nodes: [] } } });
        }
        sent.push({ operation: op, variables: operation.variables });
        if (refusals.length) return makeResult(operation, { data: { assignPoolCustomers: { customers: [], userErrors: refusals } } });
        const ids = (operation.variables as { input: { ids: string[] } }).input.ids;
        state.pool = state.pool.filter((c) => !ids.includes(c.id));
        return makeResult(operation, { data: { assignPoolCustomers: { customers: ids.map((id) => ({ id, owner: WANG_FANG })), userErrors: [] } } });
      }),
    );
  return { client: new Client({ url: "/graphql", exchanges: [answer] }), sent, refetches };
}


function renderPage(client: Client) {
  renderWithApi(
      <MemoryRouter initialEntries={["/customers/pool"]}>
        <PoolPage />
      </MemoryRouter>,
    client,
  );
}

// Found by their text: role queries walk Ant Design's whole tree and take seconds in jsdom.
const button = (container: HTMLElement, label: string | RegExp) => within(container).getByText(label, { selector: "button span" }).closest("button")!;
const poolNames = () => [...document.querySelectorAll<HTMLElement>("[data-testid^='pool-row-']")].map((r) => r.dataset.testid!.slice("pool-row-".length));

/** Ticks two customers and opens 分配 for them. */
async function selectAndOpenAssign() {
  const user = userEvent.setup();
  await user.click(within(await screen.findByTestId("pool-row-宁波北仑港通")).getByRole("checkbox"));
  await user.click(within(screen.getByTestId("pool-row-深圳前海优品")).getByRole("checkbox"));
  expect(screen.getByTestId("pool-batch-bar")).toHaveTextContent("已选 2 个");
  await user.click(screen.getByTestId("pool-assign"));
  const dialog = await screen.findByRole("dialog");
  return { user, dialog };
}

async function chooseOwner(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, owner: string) {
  await user.click(within(dialog).getByLabelText("负责人"));
  await user.click(await screen.findByTitle(owner));
}

beforeEach(() => {
  setWidth(true);
  vi.spyOn(crypto, "randomUUID").mockReturnValue(KEY);
});
afterEach(() => {
  setWidth(false);
  vi.restoreAllMocks();
});

// Modals and selects render slowly in jsdom on a busy machine.
describe("PoolPage: assigning pool customers", { timeout: 60_000 }, () => {
  it("asks whom the selected customers go to, confirms nothing before someone is chosen, and a cancel sends nothing", async () => {
    const { client, sent } = mockClient([]);
    renderPage(client);
    const { dialog } = await selectAndOpenAssign();
    expect(dialog).toHaveTextContent("将 2 个客户分配给所选销售？");
    expect(button(dialog, /确\s*定/)).toBeDisabled();
    await userEvent.setup().click(button(dialog, /取\s*消/));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(sent).toEqual([]);
    expect(poolNames()).toEqual(["宁波北仑港通", "深圳前海优品", "深圳华信科技有限公司"]);
  });

  it("assigns the selected customers to the rep chosen, says how many, and takes them off the pool", async () => {
    const { client, sent, refetches } = mockClient([]);
    renderPage(client);
    const { user, dialog } = await selectAndOpenAssign();
    await chooseOwner(user, dialog, "王芳");
    await user.click(button(dialog, /确\s*定/));

    expect(await screen.findByText("已分配 2 个客户")).toBeInTheDocument();
    expect(sent).toEqual([
      { operation: "AssignPoolCustomers", variables: { input: { ids: [NINGBO.id, QIANHAI.id], ownerId: WANG_FANG.id, idempotencyKey: KEY } } },
    ]);
    await waitFor(() => expect(poolNames()).toEqual(["深圳华信科技有限公司"]));
    expect(refetches).toEqual([{ first: 20, after: null }]);
    expect(screen.queryByTestId("pool-batch-bar")).toBeNull();
    expect(screen.queryByTestId("pool-problems")).toBeNull();
  });

  it("lists every refusal by the customer it is about, and assigns none", async () => {
    const { client, sent, refetches } = mockClient([
      { field: ["input", "ids", "1"], code: "NOT_IN_POOL", message: "该客户已不在公海中" },
      { field: ["input", "ids"], code: "OWNED_LIMIT", message: "每人最多持有 200 个客户，当前已有 199 个" },
    ]);
    renderPage(client);
    const { user, dialog } = await selectAndOpenAssign();
    await chooseOwner(user, dialog, "王芳");
    await user.click(button(dialog, /确\s*定/));

    const problems = await screen.findByTestId("pool-problems");
    expect(problems).toHaveTextContent("未完成，原因如下：");
    expect([...problems.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "深圳前海优品：该客户已不在公海中",
      "整批：每人最多持有 200 个客户，当前已有 199 个",
    ]);
    expect(sent).toEqual([
      { operation: "AssignPoolCustomers", variables: { input: { ids: [NINGBO.id, QIANHAI.id], ownerId: WANG_FANG.id, idempotencyKey: KEY } } },
    ]);
    expect(screen.queryByText("已分配 2 个客户")).toBeNull();
    expect(poolNames()).toEqual(["宁波北仑港通", "深圳前海优品", "深圳华信科技有限公司"]);
    expect(screen.getByTestId("pool-batch-bar")).toHaveTextContent("已选 2 个");
    expect(refetches).toEqual([]);
  });
});
