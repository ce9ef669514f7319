import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Client, type Exchange, makeResult } from "urql";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";

import type { OpportunityQuotesQuery, QuoteStatus } from "../../gql/graphql";
import { QuotesSection } from "./QuotesSection";
import { testDeal } from "./testDeal";
import { operationName, renderWithApi } from "../../test/render";

vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ can: () => true }),
}));

type Quote = OpportunityQuotesQuery["quotes"]["nodes"][number];
const KEY = "5f0c2a8e-7d3b-4c1a-9e6f-0b2d4a6c8e10";
const QUOTE_ID = "UXVvdGU6MQ==";
const CRM_PRO = { id: "UHJvZHVjdDox", code: "CRM-PRO", name: "CRM 专业版", unit: "套" };

const DEAL = testDeal();

function quote(status: QuoteStatus, version = 1, earlier: { version: number; status: QuoteStatus }[] = []): Quote {
  const id = version === 1 ? QUOTE_ID : `UXVvdGU6${version}`;
  return {
    id,
    number: "QT-2026-000001",
    version,
    isCurrent: true,
    status,
    currency: "CNY",
    subtotal: "59600.00",
    discountTotal: "5960.00",
    total: "53640.00",
    validUntil: "2026-12-31",
    notes: null,
    sentAt: status === "DRAFT" ? null : "2026-11-20T10:00:00+08:00",
    createdAt: "2026-11-19T10:00:00+08:00",
    lines: [{ quantity: "2.00", unitPrice: "29800.00", discountPercent: "10.00", total: "53640.00", product: CRM_PRO }],
    versions: [
      ...earlier.map((v) => ({ id: `UXVvdGU6${v.version}`, version: v.version, isCurrent: false, status: v.status, total: "53640.00" })),
      { id, version, isCurrent: true, status, total: "53640.00" },
    ],
  };
}

/** A urql client that answers like the API: the deal's quotes as they stand, and an action on
 * a quote either carried out (the quote then reads as `after`) or refused with `refusal`. */
function mockClient(before: Quote, after: Quote, refusal: { code: string; message: string } | null) {
  const state = { quote: before };
  const sent: { operation: string; variables: unknown }[] = [];
  const refetches: unknown[] = [];
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== "teardown"),
      map((operation) => {
        const op = operationName(operation.query);
        if (op === "OpportunityQuotes") {
          // The section reads its quotes again from the server (not the cache) after a change.
          if (operation.context.requestPolicy === "network-only") refetches.push(operation.variables);
          return makeResult(operation, { data: { quotes: { nodes: [state.quote] } } });
        }
        sent.push({ operation: op, variables: operation.variables });
        const field = op.charAt(0).toLowerCase() + op.slice(1);
        if (refusal) {
          return makeResult(operation, { data: { [field]: { quote: null, userErrors: [{ field: ["input", "id"], code: refusal.code, message: refusal.message }] } } });
        }
        state.quote = after;
        return makeResult(operation, { data: { [field]: { quote: { id: after.id, version: after.version, status: after.status }, userErrors: [] } } });
      }),
    );
  return { client: new Client({ url: "/graphql", exchanges: [answer] }), sent, refetches };
}

function renderSection(client: Client) {
  renderWithApi(
      <QuotesSection deal={DEAL} />,
    client,
  );
}

// Ant Design spaces out a two-character label (修 订); the user reads the word.
const buttonNames = (card: HTMLElement) => within(card).getAllByRole("button").map((b) => b.textContent?.replace(/\s/g, ""));

beforeEach(() => {
  vi.spyOn(crypto, "randomUUID").mockReturnValue(KEY);
});
afterEach(() => vi.restoreAllMocks());

describe("QuotesSection", () => {
  it("shows a sent quote's totals, validity and lines, with the customer's answers to record", async () => {
    renderSection(mockClient(quote("SENT"), quote("SENT"), null).client);
    const card = await screen.findByTestId("quote-QT-2026-000001");
    expect(within(card).getByText("第 1 版")).toBeInTheDocument();
    expect(within(card).getByText("已发送")).toBeInTheDocument();
    expect(within(card).getByTestId("quote-total")).toHaveTextContent("¥53,640.00");
    expect(card).toHaveTextContent("小计 ¥59,600.00");
    expect(card).toHaveTextContent("折扣 ¥5,960.00");
    expect(card).toHaveTextContent("有效期至 2026-12-31");
    expect(card).toHaveTextContent("CRM-PRO CRM 专业版2.00 套 × ¥29,800.00 · -10.00%¥53,640.00");
    expect(buttonNames(card)).toEqual(["客户接受", "客户拒绝", "修订", "导出"]);
  });

  it("accepts a sent quote: sends its id, says so, and shows it accepted with nothing left to record", async () => {
    const { client, sent, refetches } = mockClient(quote("SENT"), quote("ACCEPTED"), null);
    renderSection(client);
    const card = await screen.findByTestId("quote-QT-2026-000001");
    await userEvent.setup().click(within(card).getByRole("button", { name: "客户接受" }));

    expect(await screen.findByText("操作成功")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "AcceptQuote", variables: { input: { id: QUOTE_ID, idempotencyKey: KEY } } }]);
    await waitFor(() => expect(within(screen.getByTestId("quote-QT-2026-000001")).getByText("已接受")).toBeInTheDocument());
    expect(buttonNames(screen.getByTestId("quote-QT-2026-000001"))).toEqual(["导出"]);
    expect(refetches).toEqual([{ opportunityId: DEAL.id }]);
  });

  it("rejects a sent quote: sends its id and shows it rejected, still open to a revision", async () => {
    const { client, sent } = mockClient(quote("SENT"), quote("REJECTED"), null);
    renderSection(client);
    const card = await screen.findByTestId("quote-QT-2026-000001");
    await userEvent.setup().click(within(card).getByRole("button", { name: "客户拒绝" }));

    expect(await screen.findByText("操作成功")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "RejectQuote", variables: { input: { id: QUOTE_ID, idempotencyKey: KEY } } }]);
    await waitFor(() => expect(within(screen.getByTestId("quote-QT-2026-000001")).getByText("已拒绝")).toBeInTheDocument());
    expect(buttonNames(screen.getByTestId("quote-QT-2026-000001"))).toEqual(["修订", "导出"]);
  });

  it("revises a sent quote into version 2, a draft to edit and send, with version 1 kept in the history", async () => {
    const { client, sent } = mockClient(quote("SENT"), quote("DRAFT", 2, [{ version: 1, status: "SENT" }]), null);
    renderSection(client);
    const card = await screen.findByTestId("quote-QT-2026-000001");
    const user = userEvent.setup();
    await user.click(within(card).getByRole("button", { name: /修\s*订/ }));

    expect(await screen.findByText("操作成功")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "ReviseQuote", variables: { input: { id: QUOTE_ID, idempotencyKey: KEY } } }]);
    const revised = screen.getByTestId("quote-QT-2026-000001");
    await waitFor(() => expect(within(revised).getByText("第 2 版")).toBeInTheDocument());
    expect(within(revised).getByText("草稿")).toBeInTheDocument();
    expect(buttonNames(revised)).toEqual(["编辑明细", "发送", "导出", "历史版本"]);
    await user.click(within(revised).getByText("历史版本"));
    expect(await within(revised).findByText("第 1 版 · 已发送 · ¥53,640.00")).toBeInTheDocument();
    expect(within(revised).getByText("第 2 版 · 草稿 · ¥53,640.00")).toBeInTheDocument();
  });

  it("shows the API's refusal of an acceptance and leaves the quote as it was", async () => {
    const { client, sent, refetches } = mockClient(quote("SENT"), quote("ACCEPTED"), { code: "QUOTE_EXPIRED", message: "报价已过有效期" });
    renderSection(client);
    const card = await screen.findByTestId("quote-QT-2026-000001");
    await userEvent.setup().click(within(card).getByRole("button", { name: "客户接受" }));

    expect(await screen.findByText("报价已过有效期")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "AcceptQuote", variables: { input: { id: QUOTE_ID, idempotencyKey: KEY } } }]);
    expect(screen.queryByText("操作成功")).toBeNull();
    const after = screen.getByTestId("quote-QT-2026-000001");
    expect(within(after).getByText("已发送")).toBeInTheDocument();
    expect(buttonNames(after)).toEqual(["客户接受", "客户拒绝", "修订", "导出"]);
    expect(refetches).toEqual([]);
  });

  it("shows the API's refusal of a revision and keeps the one version there is", async () => {
    const { client, sent, refetches } = mockClient(quote("REJECTED"), quote("DRAFT", 2), { code: "QUOTE_VERSION_READ_ONLY", message: "这是报价的旧版本，只能查看" });
    renderSection(client);
    const card = await screen.findByTestId("quote-QT-2026-000001");
    await userEvent.setup().click(within(card).getByRole("button", { name: /修\s*订/ }));

    expect(await screen.findByText("这是报价的旧版本，只能查看")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "ReviseQuote", variables: { input: { id: QUOTE_ID, idempotencyKey: KEY } } }]);
    const after = screen.getByTestId("quote-QT-2026-000001");
    expect(within(after).getByText("第 1 版")).toBeInTheDocument();
    expect(within(after).getByText("已拒绝")).toBeInTheDocument();
    expect(refetches).toEqual([]);
  });
});
