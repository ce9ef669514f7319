import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";
import type { Client } from "urql";

import { LocaleProvider } from "../../i18n";
import { BatchActionModal } from "./BatchActionModal";

function mockClient(mutationData: Record<string, unknown>) {
  const executeMutation = vi.fn(() => fromValue({ data: mutationData }));
  const client = {
    executeQuery: vi.fn(() => never),
    executeMutation,
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  return { client, executeMutation };
}

function renderModal(client: Client, onDone = vi.fn()) {
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <BatchActionModal
            action="status"
            leads={[{ id: "TGVhZDox", name: "王芳" }, { id: "TGVhZDoy", name: "李雷" }]}
            onClose={vi.fn()}
            onDone={onDone}
          />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return onDone;
}

async function chooseQualifiedAndConfirm() {
  const user = userEvent.setup();
  await user.click(screen.getByRole("combobox"));
  await user.click(await screen.findByTitle("意向明确"));
  await user.click(screen.getByRole("button", { name: /确\s*定/ }));
}

describe("BatchActionModal", () => {
  it("asks for confirmation naming how many leads", () => {
    renderModal(mockClient({}).client);
    expect(screen.getByTestId("batch-confirm")).toHaveTextContent("变更 2 条线索的状态？");
  });

  it("shows each refused lead with its translated error code, and keeps the modal open", async () => {
    const { client, executeMutation } = mockClient({
      changeLeadStatus: {
        leads: [{ id: "TGVhZDox", status: "QUALIFIED" }],
        failures: [{ index: 1, id: "TGVhZDoy", code: "ILLEGAL_STATUS_TRANSITION", message: "线索状态不能从「已关闭」变为「意向明确」" }],
        userErrors: [],
      },
    });
    const onDone = renderModal(client);
    await chooseQualifiedAndConfirm();
    const failures = await screen.findByTestId("batch-failures");
    expect(failures).toHaveTextContent("已完成：1 条线索 · 以下线索未处理：");
    expect(failures).toHaveTextContent("李雷：当前状态不能变为所选状态");
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { ids: string[]; status: string } } }];
    expect(operation.variables.input.ids).toEqual(["TGVhZDox", "TGVhZDoy"]);
    expect(operation.variables.input.status).toBe("QUALIFIED");
    expect(onDone).toHaveBeenCalledWith(1, false);
  });

  it("shows a refused request's error and reports nothing done", async () => {
    const { client } = mockClient({
      changeLeadStatus: {
        leads: [],
        failures: [],
        userErrors: [{ field: ["input", "status"], code: "STATUS_NOT_SETTABLE", message: "x" }],
      },
    });
    const onDone = renderModal(client);
    await chooseQualifiedAndConfirm();
    expect(await screen.findByTestId("batch-errors")).toHaveTextContent("该状态不能直接设置：关闭请用关闭线索");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("closes when every lead is done", async () => {
    const { client } = mockClient({
      changeLeadStatus: { leads: [{ id: "TGVhZDox", status: "QUALIFIED" }, { id: "TGVhZDoy", status: "QUALIFIED" }], failures: [], userErrors: [] },
    });
    const onDone = renderModal(client);
    await chooseQualifiedAndConfirm();
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(2, true));
    expect(screen.queryByTestId("batch-failures")).toBeNull();
  });
});
