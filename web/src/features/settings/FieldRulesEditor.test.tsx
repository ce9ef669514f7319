import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cacheExchange, Client, type Exchange, makeResult, useQuery } from "urql";
import { describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";

import type { SetRoleFieldRulesInput, SettingsRolesQuery } from "../../gql/graphql";
import { FieldRulesEditor } from "./FieldRulesEditor";
import { ROLES } from "./queries";
import { operationName, renderWithApi } from "../../test/render";

type Rule = SettingsRolesQuery["roles"][number]["fieldRules"][number];
const ROLE_ID = "Um9sZTox";
const OBJECT_TYPES = [
  {
    __typename: "ObjectType",
    name: "customer",
    label: "客户",
    actions: ["read", "create", "update"],
    fields: [
      { __typename: "FieldInfo", name: "name", label: "客户名称", personalDataKind: null },
      { __typename: "FieldInfo", name: "industry", label: "行业", personalDataKind: null },
      { __typename: "FieldInfo", name: "phone", label: "电话", personalDataKind: "PHONE" },
      { __typename: "FieldInfo", name: "email", label: "邮箱", personalDataKind: "EMAIL" },
    ],
  },
];
const START: Rule[] = [
  { objectType: "customer", field: "industry", access: "HIDDEN", disclosure: null },
  { objectType: "customer", field: "email", access: "READ", disclosure: "FULL" },
];

/** A client like the console's (the document cache, which reads the roles again once a
 * mutation returns a role) over an API that keeps the role's field rules, or refuses. */
function mockClient(refusal: { code: string; message: string } | null = null) {
  const state = { rules: START };
  const sent: SetRoleFieldRulesInput[] = [];
  const role = () => ({
    __typename: "Role",
    id: ROLE_ID,
    key: "service_desk",
    name: "客服专员",
    description: "",
    isBuiltin: false,
    personalData: "MASKED",
    // May read customers only: a field without a rule of its own is read-only.
    permissions: [{ __typename: "Permission", objectType: "customer", actions: ["read"], rowScope: "TEAM" }],
    fieldRules: state.rules.map((r) => ({ __typename: "FieldRule", ...r })),
  });
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== "teardown"),
      map((operation) => {
        if (operationName(operation.query) === "SettingsRoles") return makeResult(operation, { data: { roles: [role()], objectTypes: OBJECT_TYPES } });
        const input = (operation.variables as { input: SetRoleFieldRulesInput }).input;
        sent.push(input);
        if (refusal) {
          return makeResult(operation, { data: { setRoleFieldRules: { __typename: "RolePayload", role: null, userErrors: [{ __typename: "UserError", field: ["input", "rules", "0", "disclosure"], ...refusal }] } } });
        }
        const rules = input.rules ?? [];
        const touched = new Set([...rules, ...(input.reset ?? [])].map((r) => r.field));
        state.rules = [
          ...state.rules.filter((r) => !touched.has(r.field)),
          ...rules.map((r) => ({ objectType: r.objectType, field: r.field, access: r.access, disclosure: r.disclosure ?? null })),
        ];
        const { __typename, id, fieldRules } = role();
        return makeResult(operation, { data: { setRoleFieldRules: { __typename: "RolePayload", role: { __typename, id, fieldRules }, userErrors: [] } } });
      }),
    );
  return { client: new Client({ url: "/graphql", exchanges: [cacheExchange, answer] }), sent };
}

/** The editor as the roles page gives it the role: from the roles query. */
function RoleFields({ editable }: { editable: boolean }) {
  const [{ data }] = useQuery({ query: ROLES });
  const role = data?.roles[0];
  if (!data || !role) return null;
  return <FieldRulesEditor role={role} objectTypes={data.objectTypes} editable={editable} />;
}

function renderEditor(client: Client, editable = true) {
  renderWithApi(
      <RoleFields editable={editable} />,
    client,
  );
}

const select = (label: string) => screen.getByLabelText(label).closest<HTMLElement>(".ant-select")!;
const shown = (label: string) => select(label).querySelector(".ant-select-content")?.textContent;

async function choose(label: string, option: string) {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText(label));
  const list = await waitFor(() => {
    const open = document.querySelector<HTMLElement>(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
    expect(open).not.toBeNull();
    return open!;
  });
  await user.click(within(list).getByTitle(option));
}

// Selects render slowly in jsdom on a busy machine.
describe("FieldRulesEditor", { timeout: 60_000 }, () => {
  it("shows each field's access and, for personal data, how it shows, with the role's defaults named", async () => {
    renderEditor(mockClient().client);
    await screen.findByTestId("field-rules");
    expect(shown("客户名称 访问")).toBe("默认（只读）");
    expect(shown("行业 访问")).toBe("隐藏");
    expect(shown("电话 访问")).toBe("默认（只读）");
    expect(shown("电话 个人信息显示")).toBe("默认（脱敏）");
    expect(shown("邮箱 访问")).toBe("只读");
    expect(shown("邮箱 个人信息显示")).toBe("完整显示");
    expect(screen.queryByLabelText("客户名称 个人信息显示")).toBeNull();
    expect(within(screen.getByTestId("field-rules")).getAllByText("个人信息")).toHaveLength(2);
  });

  it("hides a field: sends its rule, says so and shows it hidden", async () => {
    const { client, sent } = mockClient();
    renderEditor(client);
    await screen.findByTestId("field-rules");
    await choose("客户名称 访问", "隐藏");

    expect(await screen.findByText("已保存字段「客户名称」")).toBeInTheDocument();
    expect(sent).toEqual([{ roleId: ROLE_ID, rules: [{ objectType: "customer", field: "name", access: "HIDDEN", disclosure: null }], reset: [] }]);
    await waitFor(() => expect(shown("客户名称 访问")).toBe("隐藏"));
  });

  it("lets a personal field be revealed on a click, keeping the role's default access", async () => {
    const { client, sent } = mockClient();
    renderEditor(client);
    await screen.findByTestId("field-rules");
    await choose("电话 个人信息显示", "点击查看");

    expect(await screen.findByText("已保存字段「电话」")).toBeInTheDocument();
    expect(sent).toEqual([{ roleId: ROLE_ID, rules: [{ objectType: "customer", field: "phone", access: "READ", disclosure: "REVEAL" }], reset: [] }]);
    await waitFor(() => expect(shown("电话 个人信息显示")).toBe("点击查看"));
    expect(shown("电话 访问")).toBe("只读");
  });

  it("masks a personal field shown in full, keeping its access", async () => {
    const { client, sent } = mockClient();
    renderEditor(client);
    await screen.findByTestId("field-rules");
    await choose("邮箱 个人信息显示", "脱敏");

    expect(await screen.findByText("已保存字段「邮箱」")).toBeInTheDocument();
    expect(sent).toEqual([{ roleId: ROLE_ID, rules: [{ objectType: "customer", field: "email", access: "READ", disclosure: "MASKED" }], reset: [] }]);
    await waitFor(() => expect(shown("邮箱 个人信息显示")).toBe("脱敏"));
  });

  it("puts a hidden field back to the role's default by removing its rule", async () => {
    const { client, sent } = mockClient();
    renderEditor(client);
    await screen.findByTestId("field-rules");
    await choose("行业 访问", "默认（只读）");

    expect(await screen.findByText("已保存字段「行业」")).toBeInTheDocument();
    expect(sent).toEqual([{ roleId: ROLE_ID, rules: [], reset: [{ objectType: "customer", field: "industry" }] }]);
    await waitFor(() => expect(shown("行业 访问")).toBe("默认（只读）"));
  });

  it("shows the API's refusal and leaves the field as it was", async () => {
    const { client, sent } = mockClient({ code: "PRIVILEGE_ESCALATION", message: "不能授予超出您自己所拥有的权限" });
    renderEditor(client);
    await screen.findByTestId("field-rules");
    await choose("电话 个人信息显示", "完整显示");

    expect(await screen.findByText("操作失败：不能授予超出您自己所拥有的权限")).toBeInTheDocument();
    expect(sent).toEqual([{ roleId: ROLE_ID, rules: [{ objectType: "customer", field: "phone", access: "READ", disclosure: "FULL" }], reset: [] }]);
    expect(shown("电话 个人信息显示")).toBe("默认（脱敏）");
    expect(screen.queryByText("已保存字段「电话」")).toBeNull();
  });

  it("lets a role that may only read roles look but not change", async () => {
    renderEditor(mockClient().client, false);
    await screen.findByTestId("field-rules");
    expect(screen.getByLabelText("客户名称 访问")).toBeDisabled();
    expect(screen.getByLabelText("电话 个人信息显示")).toBeDisabled();
  });
});
