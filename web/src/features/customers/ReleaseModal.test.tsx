import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../i18n";
import { ReleaseModal } from "./ReleaseModal";

function mockClient(releaseCustomers: Record<string, unknown>) {
  const executeMutation = vi.fn(() => fromValue({ data: { releaseCustomers } }));
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  return { client, executeMutation };
}

function renderModal(client: Client) {
  const onDone = vi.fn();
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <ReleaseModal
            customers={[{ id: "Q3VzdG9tZXI6MQ==", name: "宁波北仑港通" }, { id: "Q3VzdG9tZXI6Mg==", name: "深圳前海优品" }]}
            onClose={vi.fn()}
            onDone={onDone}
          />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return onDone;
}

async function giveReasonAndConfirm(reason: string) {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText("退回原因"));
  await user.paste(reason);
  await user.click(screen.getByRole("button", { name: /确\s*定/ }));
}

// Rendering antd and typing take a while on a busy machine.
describe("ReleaseModal", () => {
  it("names how many customers go back to the pool", () => {
    renderModal(mockClient({}).client);
    expect(screen.getByTestId("release-confirm")).toHaveTextContent("将 2 个客户退回公海？");
  });

  it("lists every refusal with the customer it is about, and releases nothing", async () => {
    const { client, executeMutation } = mockClient({
      customers: [],
      userErrors: [{ field: ["input", "ids", "1"], code: "NOT_FOUND", message: "记录不存在或无权查看" }],
    });
    const onDone = renderModal(client);
    await giveReasonAndConfirm("  客户已选定其他供应商 ");
    expect(await screen.findByTestId("customer-problems")).toHaveTextContent("深圳前海优品：记录不存在或无权查看");
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { ids: string[]; reason: string } } }];
    expect(operation.variables.input.ids).toEqual(["Q3VzdG9tZXI6MQ==", "Q3VzdG9tZXI6Mg=="]);
    expect(operation.variables.input.reason).toBe("客户已选定其他供应商");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("reports how many were released when all could go", async () => {
    const { client } = mockClient({ customers: [{ id: "Q3VzdG9tZXI6MQ==", inPool: true }, { id: "Q3VzdG9tZXI6Mg==", inPool: true }], userErrors: [] });
    const onDone = renderModal(client);
    await giveReasonAndConfirm("暂无需求");
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(2));
  });
});
