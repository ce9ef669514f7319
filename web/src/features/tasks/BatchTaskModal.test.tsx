import { render, screen, waitFor, within } from "@testing-library/react";
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

const USERS = [
  { id: "VXNlcjox", displayName: "刘洋", team: { id: "VGVhbTox", name: "华南销售一组" } },
  { id: "VXNlcjoy", displayName: "王芳", team: { id: "VGVhbTox", name: "华南销售一组" } },
];

/** The reassign modal over a client that lists the active users and answers the batch. */
function renderReassign(batchReassignTasks: Record<string, unknown>) {
  const executeMutation = vi.fn(() => fromValue({ data: { batchReassignTasks } }));
  const executeQuery = vi.fn((operation: unknown) => fromValue({ operation, data: { users: { nodes: USERS } }, stale: false, hasNext: false }));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  const onDone = vi.fn();
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <BatchTaskModal
            action="reassign"
            tasks={[{ id: "VGFzazox", title: "回访报价" }, { id: "VGFzazoy", title: "上门演示" }, { id: "VGFzazoz", title: "寄样品" }]}
            onClose={vi.fn()}
            onDone={onDone}
          />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return { executeMutation, onDone, dialog: screen.getByRole("dialog") };
}

async function chooseAssigneeAndConfirm(dialog: HTMLElement, name: string | null) {
  const user = userEvent.setup();
  if (name) {
    await user.click(within(dialog).getByLabelText("新负责人"));
    await user.click(await screen.findByTitle(name));
  }
  await user.click(within(dialog).getByText(/确\s*定/, { selector: "button span" }));
}

describe("BatchTaskModal: reassign", { timeout: 60_000 }, () => {
  it("reassigns every selected task to the person chosen and closes", async () => {
    const { executeMutation, onDone, dialog } = renderReassign({
      tasks: ["VGFzazox", "VGFzazoy", "VGFzazoz"].map((id) => ({ id, assignee: USERS[1] })),
      failures: [],
      userErrors: [],
    });
    expect(dialog).toHaveTextContent("批量改派");
    expect(screen.getByTestId("batch-confirm")).toHaveTextContent("将所选的 3 个任务改派给：");
    await chooseAssigneeAndConfirm(dialog, "王芳");

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(3, true));
    expect(onDone).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({ input: { ids: ["VGFzazox", "VGFzazoy", "VGFzazoz"], assigneeId: "VXNlcjoy" } });
    expect(screen.queryByTestId("batch-failures")).toBeNull();
  });

  it("lists the tasks that stayed with their assignee, by title and reason, and keeps the modal open", async () => {
    const { executeMutation, onDone } = renderReassign({
      tasks: [{ id: "VGFzazox", assignee: USERS[1] }, { id: "VGFzazoy", assignee: USERS[1] }],
      failures: [{ index: 2, id: "VGFzazoz", code: "SAME_ASSIGNEE", message: "x" }],
      userErrors: [],
    });
    await chooseAssigneeAndConfirm(screen.getByRole("dialog"), "王芳");

    const failures = await screen.findByTestId("batch-failures");
    expect(failures).toHaveTextContent("已处理：2 个任务 · 以下任务未处理：");
    expect([...failures.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["寄样品：已是该负责人"]);
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith(2, false);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it("refuses to reassign before someone is chosen, sending nothing", async () => {
    const { executeMutation, onDone, dialog } = renderReassign({ tasks: [], failures: [], userErrors: [] });
    await chooseAssigneeAndConfirm(dialog, null);

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });
});
