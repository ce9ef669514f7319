import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../i18n";
import { BatchTaskModal } from "./BatchTaskModal";

function mockClient(mutationData: Record<string, unknown>) {
  const executeMutation = vi.fn(() => fromValue({ data: mutationData }));
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  return { client, executeMutation };
}

function renderModal(client: Client, onDone = vi.fn()) {
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <BatchTaskModal
            action="complete"
            tasks={[{ id: "VGFzazox", title: "回访报价" }, { id: "VGFzazoy", title: "上门演示" }, { id: "VGFzazoz", title: "寄样品" }]}
            onClose={vi.fn()}
            onDone={onDone}
          />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return onDone;
}

async function fillAndConfirm() {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText("结果"));
  await user.paste("已电话确认");
  await user.click(screen.getByRole("button", { name: /确\s*定/ }));
}

// antd renders slowly on a busy machine; the default 5 s is not about the behaviour under test.
describe("BatchTaskModal", () => {
  it("lists every refused task by its title and reason, and keeps the modal open", async () => {
    const { client, executeMutation } = mockClient({
      batchCompleteTasks: {
        tasks: [{ id: "VGFzazox", status: "DONE", outcome: "已电话确认" }],
        failures: [
          { index: 1, id: "VGFzazoy", code: "TASK_NOT_OPEN", message: "x" },
          { index: 2, id: "VGFzazoz", code: "SOMETHING_NEW", message: "服务器的说明" },
        ],
        userErrors: [],
      },
    });
    const onDone = renderModal(client);
    expect(screen.getByTestId("batch-confirm")).toHaveTextContent("完成所选的 3 个任务？");
    await fillAndConfirm();
    const failures = await screen.findByTestId("batch-failures");
    expect(failures).toHaveTextContent("已处理：1 个任务 · 以下任务未处理：");
    expect(failures).toHaveTextContent("上门演示：该任务已完成或已取消，不能再执行此操作");
    expect(failures).toHaveTextContent("寄样品：服务器的说明");
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { ids: string[]; outcome: string } } }];
    expect(operation.variables.input).toEqual({ ids: ["VGFzazox", "VGFzazoy", "VGFzazoz"], outcome: "已电话确认" });
    expect(onDone).toHaveBeenCalledWith(1, false);
  });

  it("shows a refused batch's error and reports nothing done", async () => {
    const { client } = mockClient({
      batchCompleteTasks: { tasks: [], failures: [], userErrors: [{ field: ["input", "ids"], code: "TOO_MANY_IDS", message: "x" }] },
    });
    const onDone = renderModal(client);
    await fillAndConfirm();
    expect(await screen.findByTestId("batch-errors")).toHaveTextContent("一次最多处理 200 个任务");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("closes when every task is done", async () => {
    const { client } = mockClient({
      batchCompleteTasks: { tasks: [{ id: "a" }, { id: "b" }, { id: "c" }], failures: [], userErrors: [] },
    });
    const onDone = renderModal(client);
    await fillAndConfirm();
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(3, true));
    expect(screen.queryByTestId("batch-failures")).toBeNull();
  });
});
