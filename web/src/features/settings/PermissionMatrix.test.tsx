import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../i18n";
import { PermissionMatrix } from "./PermissionMatrix";

const OBJECT_TYPES = [
  { name: "customer", label: "客户", actions: ["read", "create", "update", "export"], fields: [] },
  { name: "audit", label: "审计日志", actions: ["read", "export"], fields: [] },
];
const ROLE = {
  id: "Um9sZTox",
  key: "service_desk",
  name: "客服专员",
  description: "",
  isBuiltin: false,
  personalData: "MASKED" as const,
  permissions: [{ objectType: "customer", actions: ["read"], rowScope: "TEAM" as const }],
  fieldRules: [],
};

function renderMatrix(mutationData: Record<string, unknown>, editable = true) {
  const executeMutation = vi.fn(() => fromValue({ data: mutationData }));
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <PermissionMatrix role={ROLE} objectTypes={OBJECT_TYPES} editable={editable} />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return executeMutation;
}

// Ant Design renders slowly in jsdom on a busy machine.
describe("PermissionMatrix", { timeout: 30_000 }, () => {
  it("shows each object type's grants, with a cell only where the type has the action", () => {
    renderMatrix({});
    expect(screen.getByTestId("perm-customer-read")).toBeChecked();
    expect(screen.getByTestId("perm-customer-update")).not.toBeChecked();
    expect(screen.queryByTestId("perm-audit-create")).toBeNull();
    expect(screen.getByText("本团队")).toBeInTheDocument();
  });

  it("saves one cell as the object type's whole grant and says so", async () => {
    const executeMutation = renderMatrix({
      setRolePermissions: {
        role: { id: ROLE.id, permissions: [{ objectType: "customer", actions: ["read", "export"], rowScope: "TEAM" }] },
        userErrors: [],
      },
    });
    await userEvent.setup().click(screen.getByTestId("perm-customer-export"));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({
      input: { roleId: ROLE.id, permissions: [{ objectType: "customer", actions: ["read", "export"], rowScope: "TEAM" }] },
    });
    expect(await screen.findByText("已保存「客户」的权限")).toBeInTheDocument();
    expect(screen.getByTestId("perm-customer-export")).toBeChecked();
  });

  it("shows the API's refusal and puts the cell back", async () => {
    renderMatrix({
      setRolePermissions: {
        role: null,
        userErrors: [{ field: ["input", "permissions"], code: "PRIVILEGE_ESCALATION", message: "不能授予超出您自己所拥有的权限" }],
      },
    });
    await userEvent.setup().click(screen.getByTestId("perm-audit-read"));
    expect(await screen.findByText("操作失败：不能授予超出您自己所拥有的权限")).toBeInTheDocument();
    expect(screen.getByTestId("perm-audit-read")).not.toBeChecked();
  });

  it("lets a role that may only read roles look but not change", () => {
    renderMatrix({}, false);
    expect(screen.getByTestId("perm-customer-read")).toBeDisabled();
  });
});
