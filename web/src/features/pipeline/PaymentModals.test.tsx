// 编辑付款计划 and 登记收款 as a user meets them, from a deal's order (OrdersSection sends what
// the modals give it).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import dayjs from "dayjs";
import { Client, type Exchange, makeResult } from "urql";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";

import type { DealOrdersQuery, OrderStatus } from "../../gql/graphql";
import { OrdersSection } from "./OrdersSection";
import { testDeal } from "./testDeal";
import { operationName, renderWithApi } from "../../test/render";

vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ can: () => true }),
}));

type Order = DealOrdersQuery["orders"]["nodes"][number];
type Instalment = Order["instalments"][number];
const KEY = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
const ORDER_ID = "T3JkZXI6MQ==";

const DEAL = testDeal({ amount: "33362.50", status: "WON", amountFromLineItems: false, closedAt: "2026-11-25T10:00:00+08:00", timeInStage: 3_600, weightedAmount: "33362.50" });

const instalment = (dueDate: string, amount: string): Instalment => ({ dueDate, amount, paidAmount: "0.00", outstanding: amount, overdue: false });

function order(status: OrderStatus): Order {
  return {
    id: ORDER_ID,
    number: "SO-2026-000001",
    status,
    currency: "CNY",
    total: "33362.50",
    received: "0.00",
    outstanding: "33362.50",
    createdAt: "2026-11-25T10:00:00+08:00",
    lines: [{ quantity: "1.00", unitPrice: "33362.50", discountPercent: "0.00", total: "33362.50", product: { id: "UHJvZHVjdDox", code: "CRM-PRO", name: "CRM 专业版", unit: "套" } }],
    instalments: [instalment("2026-12-01", "20000.00"), instalment("2027-02-01", "13362.50")],
    payments: [],
  };
}

interface PlanInput { instalments: { dueDate: string; amount: string }[] }
interface PaymentInput { amount: string; method: string; reference: string | null }

/** A urql client that answers like the API: the customer's orders as they stand, and a plan or
 * payment either taken or refused with `refusal`. */
function mockClient(status: OrderStatus, refusal: { field: string; code: string; message: string } | null = null) {
  const state = { order: order(status) };
  const sent: { operation: string; variables: unknown }[] = [];
  const refuse = (field: string) => ({ [field]: { order: null, userErrors: [{ field: ["input", refusal!.field], code: refusal!.code, message: refusal!.message }] } });
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== "teardown"),
      map((operation) => {
        const op = operationName(operation.query);
        // The deal's own orders: asked for by the deal, not by its customer.
        if (op === "DealOrders") {
          const forDeal = (operation.variables as { opportunityId: string }).opportunityId === DEAL.id;
          return makeResult(operation, { data: { orders: { nodes: forDeal ? [state.order] : [] } } });
        }
        sent.push({ operation: op, variables: operation.variables });
        if (op === "SetPaymentPlan") {
          if (refusal) return makeResult(operation, { data: refuse("setPaymentPlan") });
          const { instalments } = (operation.variables as { input: PlanInput }).input;
          state.order = { ...state.order, instalments: instalments.map((i) => instalment(i.dueDate, Number(i.amount).toFixed(2))) };
          return makeResult(operation, { data: { setPaymentPlan: { order: { id: ORDER_ID, instalments: state.order.instalments }, userErrors: [] } } });
        }
        if (refusal) return makeResult(operation, { data: { recordPayment: { payment: null, order: null, userErrors: [{ field: ["input", refusal.field], code: refusal.code, message: refusal.message }] } } });
        const input = (operation.variables as { input: PaymentInput }).input;
        const received = Number(input.amount).toFixed(2);
        const outstanding = (Number(state.order.outstanding) - Number(input.amount)).toFixed(2);
        state.order = {
          ...state.order,
          status: "PARTIALLY_PAID",
          received,
          outstanding,
          payments: [{ id: "UGF5bWVudDox", amount: received, currency: "CNY", receivedAt: "2026-11-26T09:15:00+08:00", method: "ALIPAY", reference: input.reference ?? "", recordedBy: { displayName: "刘洋" } }],
        };
        return makeResult(operation, { data: { recordPayment: { payment: { id: "UGF5bWVudDox" }, order: { id: ORDER_ID, status: "PARTIALLY_PAID", received, outstanding }, userErrors: [] } } });
      }),
    );
  return { client: new Client({ url: "/graphql", exchanges: [answer] }), sent };
}

function renderSection(client: Client) {
  renderWithApi(
      <OrdersSection deal={DEAL} />,
    client,
  );
}

const card = () => screen.getByTestId("order-SO-2026-000001");
// Found by their text: role queries walk Ant Design's whole tree and take seconds in jsdom.
const button = (container: HTMLElement, label: string | RegExp) => within(container).getByText(label, { selector: "button span" }).closest("button")!;
const OK = /确\s*定/;
/** The plan's rows as the order shows them: due date, amount, paid, outstanding. */
const planRows = () => [...card().querySelectorAll("tr.ant-table-row")].map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent));
/** The dialog's `index`th 金额 input (one per instalment in a plan). */
const amountInput = (dialog: HTMLElement, index = 0) => within(dialog).getAllByLabelText("金额")[index]!;

async function openDialog(label: string) {
  const user = userEvent.setup();
  await screen.findByTestId("order-SO-2026-000001");
  await user.click(button(card(), label));
  return { user, dialog: await screen.findByRole("dialog") };
}

beforeEach(() => {
  vi.spyOn(crypto, "randomUUID").mockReturnValue(KEY);
});
afterEach(() => vi.restoreAllMocks());

// Modals and their forms render slowly in jsdom on a busy machine.
describe("PaymentPlanModal", { timeout: 60_000 }, () => {
  it("sends every instalment with the amounts typed, the running sum shown as they are typed", async () => {
    const { client, sent } = mockClient("DRAFT");
    renderSection(client);
    const { user, dialog } = await openDialog("编辑付款计划");
    expect(dialog).toHaveTextContent("分期合计 ¥33,362.50 / 订单金额 ¥33,362.50");

    const first = amountInput(dialog);
    await user.clear(first);
    await user.click(first);
    await user.paste("15000");
    expect(dialog).toHaveTextContent("分期合计 ¥28,362.50 / 订单金额 ¥33,362.50");
    await user.click(button(dialog, "添加分期"));
    const third = amountInput(dialog, 2);
    await user.click(third);
    await user.paste("5000");
    expect(dialog).toHaveTextContent("分期合计 ¥33,362.50 / 订单金额 ¥33,362.50");
    await user.click(button(dialog, OK));

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const added = dayjs().add(3, "month").format("YYYY-MM-DD");
    expect(sent).toEqual([
      {
        operation: "SetPaymentPlan",
        variables: {
          input: {
            orderId: ORDER_ID,
            instalments: [
              { dueDate: "2026-12-01", amount: "15000" },
              { dueDate: "2027-02-01", amount: "13362.50" },
              { dueDate: added, amount: "5000" },
            ],
            idempotencyKey: KEY,
          },
        },
      },
    ]);
    await waitFor(() =>
      expect(planRows()).toEqual([
        ["2026-12-01", "¥15,000.00", "¥0.00", "¥15,000.00"],
        ["2027-02-01", "¥13,362.50", "¥0.00", "¥13,362.50"],
        [added, "¥5,000.00", "¥0.00", "¥5,000.00"],
      ]),
    );
  });

  it("refuses an instalment without an amount, sending nothing", async () => {
    const { client, sent } = mockClient("DRAFT");
    renderSection(client);
    const { user, dialog } = await openDialog("编辑付款计划");
    await user.click(button(dialog, "添加分期"));
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(screen.getByRole("dialog")).toBe(dialog);
  });

  it("refuses a negative instalment as typed, rather than sending another amount", async () => {
    const { client, sent } = mockClient("DRAFT");
    renderSection(client);
    const { user, dialog } = await openDialog("编辑付款计划");
    const second = amountInput(dialog, 1);
    await user.clear(second);
    await user.click(second);
    await user.paste("-13362.50");
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("金额必须大于 0")).toBeInTheDocument();
    expect(amountInput(dialog, 1)).toHaveValue("-13362.50");
    expect(sent).toEqual([]);
  });

  it("shows the API's refusal of a plan that does not add up above the form, and keeps the plan there was", async () => {
    const { client, sent } = mockClient("DRAFT", { field: "instalments", code: "PLAN_TOTAL_MISMATCH", message: "分期金额合计 30000.00 与订单金额 33362.50 不一致" });
    renderSection(client);
    const { user, dialog } = await openDialog("编辑付款计划");
    const second = amountInput(dialog, 1);
    await user.clear(second);
    await user.click(second);
    await user.paste("10000");
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("分期金额合计 30000.00 与订单金额 33362.50 不一致");
    expect(sent).toEqual([
      { operation: "SetPaymentPlan", variables: { input: { orderId: ORDER_ID, instalments: [{ dueDate: "2026-12-01", amount: "20000.00" }, { dueDate: "2027-02-01", amount: "10000" }], idempotencyKey: KEY } } },
    ]);
    expect(planRows()).toEqual([
      ["2026-12-01", "¥20,000.00", "¥0.00", "¥20,000.00"],
      ["2027-02-01", "¥13,362.50", "¥0.00", "¥13,362.50"],
    ]);
  });
});

describe("RecordPaymentModal", { timeout: 60_000 }, () => {
  it("records the amount, method and reference given, and shows what is received and outstanding", async () => {
    const { client, sent } = mockClient("CONFIRMED");
    renderSection(client);
    expect(await screen.findByTestId("order-outstanding")).toHaveTextContent("¥33,362.50");
    const { user, dialog } = await openDialog("登记收款");
    const amount = amountInput(dialog);
    expect(amount).toHaveValue("33362.50");
    expect(dialog).toHaveTextContent("未收 ¥33,362.50");
    await user.clear(amount);
    await user.click(amount);
    await user.paste("15000");
    await user.click(within(dialog).getByLabelText("方式"));
    await user.click(await screen.findByTitle("支付宝"));
    await user.click(within(dialog).getByLabelText("备注/流水号"));
    await user.paste("  2026112522001100 ");
    await user.click(button(dialog, OK));

    expect(await screen.findByText("收款已登记")).toBeInTheDocument();
    expect(sent).toEqual([
      { operation: "RecordPayment", variables: { input: { orderId: ORDER_ID, amount: "15000", method: "ALIPAY", receivedAt: null, reference: "2026112522001100", idempotencyKey: KEY } } },
    ]);
    await waitFor(() => expect(screen.getByTestId("order-received")).toHaveTextContent("¥15,000.00"));
    expect(screen.getByTestId("order-outstanding")).toHaveTextContent("¥18,362.50");
    expect(card()).toHaveTextContent("部分收款");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("refuses a payment without an amount, sending nothing", async () => {
    const { client, sent } = mockClient("CONFIRMED");
    renderSection(client);
    const { user, dialog } = await openDialog("登记收款");
    await user.clear(amountInput(dialog));
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(screen.getByTestId("order-received")).toHaveTextContent("¥0.00");
  });

  it("refuses a payment of 0 as typed, rather than recording ¥0.01", async () => {
    const { client, sent } = mockClient("CONFIRMED");
    renderSection(client);
    const { user, dialog } = await openDialog("登记收款");
    const amount = amountInput(dialog);
    await user.clear(amount);
    await user.click(amount);
    await user.paste("0");
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("金额必须大于 0")).toBeInTheDocument();
    expect(amountInput(dialog)).toHaveValue("0.00");
    expect(sent).toEqual([]);
    expect(screen.queryByText("收款已登记")).toBeNull();
  });

  it("shows the API's refusal of an overpayment in the form, and records nothing", async () => {
    const { client, sent } = mockClient("CONFIRMED", { field: "amount", code: "OVERPAYMENT", message: "收款金额超过未收金额 33362.50" });
    renderSection(client);
    const { user, dialog } = await openDialog("登记收款");
    const amount = amountInput(dialog);
    await user.clear(amount);
    await user.click(amount);
    await user.paste("40000");
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByTestId("payment-error")).toHaveTextContent("收款金额超过未收金额 33362.50");
    expect(sent).toEqual([
      { operation: "RecordPayment", variables: { input: { orderId: ORDER_ID, amount: "40000", method: "BANK_TRANSFER", receivedAt: null, reference: null, idempotencyKey: KEY } } },
    ]);
    expect(screen.queryByText("收款已登记")).toBeNull();
    expect(screen.getByTestId("order-received")).toHaveTextContent("¥0.00");
    expect(screen.getByTestId("order-outstanding")).toHaveTextContent("¥33,362.50");
  });
});
