import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DocumentNode } from "graphql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { ContactRow } from "./ContactFormModal";
import { ContactsSection } from "./ContactsSection";
import { operationName, renderWithApi } from "../../test/render";

vi.mock("../../auth/AuthProvider", () => ({
  useAuth: () => ({ can: () => true, disclosure: () => "MASKED" }),
}));

const KEY = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d";
const CUSTOMER_ID = "Q3VzdG9tZXI6MQ==";
const WANG: ContactRow = {
  id: "Q29udGFjdDox",
  name: "王芳",
  gender: "FEMALE",
  birthday: "1988-05-20",
  age: 38,
  title: "采购经理",
  department: "采购部",
  isPrimary: true,
  mobile: "139****8000",
  phone: null,
  email: "w***@huaxin.com",
  wechatId: "wangfang_hx",
  address: null,
  notes: null,
};
const LI: ContactRow = { ...WANG, id: "Q29udGFjdDoy", name: "李强", gender: "MALE", birthday: null, age: null, title: "IT 主管", department: "信息部", isPrimary: false, mobile: "138****1234", email: null, wechatId: null };

/** The API's answers by mutation: UpdateContact and DeleteContact. */
function mockClient(answers: { UpdateContact?: Record<string, unknown>; DeleteContact?: Record<string, unknown> }) {
  const sent: { operation: string; variables: unknown }[] = [];
  const executeMutation = vi.fn((operation: { query: DocumentNode; variables: unknown }) => {
    const op = operationName(operation.query) as keyof typeof answers;
    sent.push({ operation: op, variables: operation.variables });
    return fromValue({ data: op === "UpdateContact" ? { updateContact: answers.UpdateContact } : { deleteContact: answers.DeleteContact } });
  });
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  return { client, sent };
}

function renderSection(client: Client) {
  const onChanged = vi.fn();
  renderWithApi(
      <ContactsSection customerId={CUSTOMER_ID} contacts={[WANG, LI]} inPool={false} mayEditCustomer onChanged={onChanged} />,
    client,
  );
  return onChanged;
}

// Found by their text: role queries walk Ant Design's whole tree and take seconds in jsdom.
const button = (container: HTMLElement, label: string | RegExp) => within(container).getByText(label, { selector: "button span" }).closest("button")!;
const OK = /确\s*定/;

async function openEdit(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText(`编辑 ${name}`));
  const dialog = await screen.findByRole("dialog");
  return { user, dialog };
}

async function askDelete(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText(`删除 ${name}`));
  const popup = (await screen.findByText(`删除联系人「${name}」？`)).closest<HTMLElement>(".ant-popconfirm")!;
  return { user, popup };
}

beforeEach(() => {
  vi.spyOn(crypto, "randomUUID").mockReturnValue(KEY);
});
afterEach(() => vi.restoreAllMocks());

// Modals and their forms render slowly in jsdom on a busy machine.
describe("ContactsSection: editing a contact", { timeout: 60_000 }, () => {
  it("opens the contact's values, the personal ones empty as they are masked", async () => {
    const onChanged = renderSection(mockClient({}).client);
    expect(screen.getByTestId("contact-王芳")).toHaveTextContent("王芳 主联系人采购经理 · 采购部 · 38 岁 · 女");
    expect(screen.getByTestId("contact-mobile-王芳")).toHaveTextContent("139****8000");
    const { dialog } = await openEdit("王芳");
    expect(dialog).toHaveTextContent("编辑联系人");
    expect(within(dialog).getByLabelText("姓名")).toHaveValue("王芳");
    expect(within(dialog).getByLabelText("职务")).toHaveValue("采购经理");
    expect(within(dialog).getByLabelText("部门")).toHaveValue("采购部");
    expect(within(dialog).getByLabelText("微信号")).toHaveValue("wangfang_hx");
    expect(within(dialog).getByLabelText("手机")).toHaveValue("");
    expect(within(dialog).getByLabelText("邮箱")).toHaveValue("");
    expect(within(dialog).getAllByText("当前显示为脱敏值；留空表示不修改")).toHaveLength(4);
    expect(within(dialog).getByLabelText("主联系人")).toBeChecked();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("sends only what changed (a new mobile typed over the masked one), says so and closes", async () => {
    const { client, sent } = mockClient({ UpdateContact: { contact: { id: WANG.id }, userErrors: [] } });
    const onChanged = renderSection(client);
    const { user, dialog } = await openEdit("王芳");
    const title = within(dialog).getByLabelText("职务");
    await user.clear(title);
    await user.click(title);
    await user.paste("采购总监");
    await user.click(within(dialog).getByLabelText("手机"));
    await user.paste(" 13900001111 ");
    await user.click(button(dialog, OK));

    expect(await screen.findByText("联系人已保存")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "UpdateContact", variables: { input: { id: WANG.id, title: "采购总监", mobile: "13900001111", idempotencyKey: KEY } } }]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("shows the API's refusal on its field and keeps the dialog open, changing nothing", async () => {
    const { client, sent } = mockClient({
      UpdateContact: { contact: null, userErrors: [{ field: ["input", "isPrimary"], code: "PRIMARY_REQUIRED", message: "客户须有一位主联系人：请把另一位联系人设为主联系人" }] },
    });
    const onChanged = renderSection(client);
    const { user, dialog } = await openEdit("王芳");
    await user.click(within(dialog).getByLabelText("主联系人"));
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("客户须有一位主联系人：请把另一位联系人设为主联系人")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "UpdateContact", variables: { input: { id: WANG.id, isPrimary: false, idempotencyKey: KEY } } }]);
    expect(screen.queryByText("联系人已保存")).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog")).toBe(dialog);
  });

  it("refuses a contact without a name, sending nothing", async () => {
    const { client, sent } = mockClient({ UpdateContact: { contact: { id: WANG.id }, userErrors: [] } });
    const onChanged = renderSection(client);
    const { user, dialog } = await openEdit("王芳");
    await user.clear(within(dialog).getByLabelText("姓名"));
    await user.click(button(dialog, OK));

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe("ContactsSection: deleting a contact", { timeout: 60_000 }, () => {
  it("asks first, then deletes the contact and says so", async () => {
    const { client, sent } = mockClient({ DeleteContact: { deletedContactId: LI.id, userErrors: [] } });
    const onChanged = renderSection(client);
    const { user, popup } = await askDelete("李强");
    expect(sent).toEqual([]);
    await user.click(button(popup, OK));

    expect(await screen.findByText("联系人已删除")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "DeleteContact", variables: { input: { id: LI.id, idempotencyKey: KEY } } }]);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it("sends nothing when the confirmation is cancelled", async () => {
    const { client, sent } = mockClient({ DeleteContact: { deletedContactId: LI.id, userErrors: [] } });
    const onChanged = renderSection(client);
    const { user, popup } = await askDelete("李强");
    await user.click(button(popup, /取\s*消/));

    await waitFor(() => expect(popup).toHaveClass("ant-popover-hidden"));
    expect(sent).toEqual([]);
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.queryByText("联系人已删除")).toBeNull();
    expect(screen.getByTestId("contact-李强")).toBeInTheDocument();
  });

  it("shows the API's refusal and keeps the contact", async () => {
    const { client, sent } = mockClient({
      DeleteContact: { deletedContactId: null, userErrors: [{ field: ["input", "id"], code: "PRIMARY_REQUIRED", message: "客户须有一位主联系人：请把另一位联系人设为主联系人" }] },
    });
    const onChanged = renderSection(client);
    const { user, popup } = await askDelete("王芳");
    await user.click(button(popup, OK));

    expect(await screen.findByText("操作失败：客户须有一位主联系人：请把另一位联系人设为主联系人")).toBeInTheDocument();
    expect(sent).toEqual([{ operation: "DeleteContact", variables: { input: { id: WANG.id, idempotencyKey: KEY } } }]);
    expect(screen.queryByText("联系人已删除")).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
