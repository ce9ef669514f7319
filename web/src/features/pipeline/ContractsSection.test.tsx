import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Client, type Exchange, makeResult } from "urql";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";

import type { ContractStatus, DealContractsQuery } from "../../gql/graphql";
import { ContractsSection } from "./ContractsSection";
import { testDeal } from "./testDeal";
import { operationName, renderWithApi } from "../../test/render";

vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ can: () => true }),
}));

type Contract = DealContractsQuery["contracts"]["nodes"][number];
const KEY = "0b7e4d2c-3a1f-4e5d-8c9b-6a7f8e9d0c1b";
const CONTRACT_ID = "Q29udHJhY3Q6MQ==";

const DEAL = testDeal({ amount: "63160.00", status: "WON", amountFromLineItems: false, closedAt: "2026-11-25T10:00:00+08:00", timeInStage: 3_600, weightedAmount: "63160.00" });

function contract(status: ContractStatus, changes: Partial<Contract> = {}): Contract {
  return {
    id: CONTRACT_ID,
    number: "CT-2026-000001",
    name: "华信 CRM 实施合同",
    status,
    amount: "63160.00",
    currency: "CNY",
    signedDate: "2026-11-25",
    startDate: "2027-01-01",
    endDate: "2027-12-31",
    terminationReason: "",
    quote: { id: "UXVvdGU6Mg==", number: "QT-2026-000001", version: 2 },
    attachments: [],
    ...changes,
  };
}

/** A urql client that answers like the API: the customer's contracts as they stand, and a status
 * change either carried out (the contract then reads as `after`) or refused with `refusal`. */
function mockClient(before: Contract, after: Contract, refusal: { field: string; code: string; message: string } | null = null) {
  const state = { contract: before };
  const sent: { operation: string; variables: unknown }[] = [];
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== "teardown"),
      map((operation) => {
        const op = operationName(operation.query);
        // The deal's own contracts: asked for by the deal, not by its customer.
        if (op === "DealContracts") {
          const forDeal = (operation.variables as { opportunityId: string }).opportunityId === DEAL.id;
          return makeResult(operation, { data: { contracts: { nodes: forDeal ? [state.contract] : [] } } });
        }
        if (op === "OpportunityQuotes") return makeResult(operation, { data: { quotes: { nodes: [] } } });
        sent.push({ operation: op, variables: operation.variables });
        if (op === "UpdateContractSigned") {
          const { signedDate } = (operation.variables as { input: { signedDate: string } }).input;
          state.contract = { ...state.contract, signedDate };
          return makeResult(operation, { data: { updateContract: { contract: { id: CONTRACT_ID, signedDate }, userErrors: [] } } });
        }
        if (refusal) {
          return makeResult(operation, { data: { changeContractStatus: { contract: null, userErrors: [{ field: ["input", refusal.field], code: refusal.code, message: refusal.message }] } } });
        }
        state.contract = { ...after, signedDate: state.contract.signedDate };
        return makeResult(operation, { data: { changeContractStatus: { contract: { id: CONTRACT_ID, status: after.status, signedDate: state.contract.signedDate }, userErrors: [] } } });
      }),
    );
  return { client: new Client({ url: "/graphql", exchanges: [answer] }), sent };
}

function renderSection(client: Client) {
  renderWithApi(
      <ContractsSection deal={DEAL} />,
    client,
  );
}

const card = () => screen.getByTestId("contract-CT-2026-000001");
const statusTag = () => card().querySelector(".ant-tag")?.textContent;
// Ant Design spaces out a two-character label (生 效); the user reads the word.
const buttonNames = (element: HTMLElement) => within(element).getAllByRole("button").map((b) => b.textContent?.replace(/\s/g, ""));
// Found by their text: role queries walk Ant Design's whole tree and take seconds in jsdom.
const button = (container: HTMLElement, label: string | RegExp) => within(container).getByText(label, { selector: "button span" }).closest("button")!;
const OK = /确\s*定/;

beforeEach(() => {
  vi.spyOn(crypto, "randomUUID").mockReturnValue(KEY);
});
afterEach(() => vi.restoreAllMocks());

// Modals and date pickers render slowly in jsdom on a busy machine.
describe("ContractsSection", { timeout: 60_000 }, () => {
  it("activates a signed draft with its signed date as it is, and shows it in force", async () => {
    const { client, sent } = mockClient(contract("DRAFT"), contract("ACTIVE"));
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    expect(statusTag()).toBe("草稿");
    expect(card()).toHaveTextContent("签订日期 2026-11-25");
    expect(card()).toHaveTextContent("依据报价 QT-2026-000001 · 第 2 版");
    const user = userEvent.setup();
    await user.click(button(card(), /生\s*效/));
    const dialog = await screen.findByRole("dialog");
    await user.click(button(dialog, OK));

    expect(await screen.findByText("操作成功")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "ChangeContractStatus", variables: { input: { id: CONTRACT_ID, status: "ACTIVE", idempotencyKey: KEY } } }]);
    await waitFor(() => expect(statusTag()).toBe("生效"));
    expect(buttonNames(card())).toEqual(["标记到期", "终止", "上传附件"]);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("asks for the signed date of an unsigned draft before activating it, and sends nothing without one", async () => {
    const { client, sent } = mockClient(contract("DRAFT", { signedDate: null }), contract("ACTIVE"));
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    expect(card()).toHaveTextContent("签订日期 —");
    const user = userEvent.setup();
    await user.click(button(card(), /生\s*效/));
    const dialog = await screen.findByRole("dialog");
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(statusTag()).toBe("草稿");
  });

  it("records the signed date typed in, then activates the draft", async () => {
    const { client, sent } = mockClient(contract("DRAFT", { signedDate: null }), contract("ACTIVE"));
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    const user = userEvent.setup();
    await user.click(button(card(), /生\s*效/));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByLabelText("签订日期"));
    await user.keyboard("2026-11-25{Enter}");
    await user.click(button(dialog, OK));

    await waitFor(() => expect(statusTag()).toBe("生效"));
    expect(sent).toEqual([
      { operation: "UpdateContractSigned", variables: { input: { id: CONTRACT_ID, signedDate: "2026-11-25", idempotencyKey: KEY } } },
      { operation: "ChangeContractStatus", variables: { input: { id: CONTRACT_ID, status: "ACTIVE", idempotencyKey: KEY } } },
    ]);
    expect(card()).toHaveTextContent("签订日期 2026-11-25");
  });

  it("shows the API's refusal to mark a contract expired before its end date, and keeps it in force", async () => {
    const { client, sent } = mockClient(contract("ACTIVE"), contract("EXPIRED"), { field: "status", code: "CONTRACT_NOT_ENDED", message: "合同结束日期未到，不能标记为到期" });
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    await userEvent.setup().click(button(card(), "标记到期"));

    expect(await screen.findByText("合同结束日期未到，不能标记为到期")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "ChangeContractStatus", variables: { input: { id: CONTRACT_ID, status: "EXPIRED", idempotencyKey: KEY } } }]);
    expect(screen.queryByText("操作成功")).toBeNull();
    expect(statusTag()).toBe("生效");
    expect(buttonNames(card())).toEqual(["标记到期", "终止", "上传附件"]);
  });

  it("terminates an active contract with the reason given, and shows the reason", async () => {
    const reason = "客户公司被收购，合同提前终止";
    const { client, sent } = mockClient(contract("ACTIVE"), contract("TERMINATED", { terminationReason: reason }));
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    const user = userEvent.setup();
    await user.click(button(card(), /终\s*止/));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByLabelText("终止原因"));
    await user.paste(reason);
    await user.click(button(dialog, OK));

    expect(await screen.findByText("操作成功")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "ChangeContractStatus", variables: { input: { id: CONTRACT_ID, status: "TERMINATED", reason, idempotencyKey: KEY } } }]);
    await waitFor(() => expect(statusTag()).toBe("已终止"));
    expect(card()).toHaveTextContent(`终止原因: ${reason}`);
    expect(buttonNames(card())).toEqual(["上传附件"]);
  });

  it("refuses to terminate without a reason, sending nothing", async () => {
    const { client, sent } = mockClient(contract("ACTIVE"), contract("TERMINATED"));
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    const user = userEvent.setup();
    await user.click(button(card(), /终\s*止/));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByLabelText("终止原因"));
    await user.paste("   ");
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(statusTag()).toBe("生效");
  });

  it("keeps the termination dialog open with the API's refusal, and the contract in force", async () => {
    const { client, sent } = mockClient(contract("ACTIVE"), contract("TERMINATED"), { field: "status", code: "CONTRACT_TRANSITION_INVALID", message: "合同不能从“已到期”变为“已终止”" });
    renderSection(client);
    await screen.findByTestId("contract-CT-2026-000001");
    const user = userEvent.setup();
    await user.click(button(card(), /终\s*止/));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByLabelText("终止原因"));
    await user.paste("客户要求");
    await user.click(button(dialog, OK));

    expect(await screen.findByText("合同不能从“已到期”变为“已终止”")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "ChangeContractStatus", variables: { input: { id: CONTRACT_ID, status: "TERMINATED", reason: "客户要求", idempotencyKey: KEY } } }]);
    expect(screen.getByRole("dialog")).toBe(dialog);
    expect(statusTag()).toBe("生效");
  });
});
