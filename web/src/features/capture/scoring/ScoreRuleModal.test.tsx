import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../../i18n";
import { type ScoreRuleRow, ScoreRuleModal } from "./ScoreRuleModal";

const CITY_RULE: ScoreRuleRow = {
  id: "TGVhZFNjb3JlUnVsZTox",
  kind: "FIELD",
  name: "来自深圳",
  field: "CITY",
  operator: "EQUALS",
  values: ["深圳"],
  eventKey: null,
  points: 15,
  maxCount: null,
  maxPerDay: null,
  active: true,
};
const SOURCE_RULE: ScoreRuleRow = { ...CITY_RULE, id: "TGVhZFNjb3JlUnVsZToy", name: "网站或微信来源", field: "SOURCE", operator: "ONE_OF", values: ["web_form", "wechat"], points: 10 };
const EVENT_RULE: ScoreRuleRow = {
  id: "TGVhZFNjb3JlUnVsZToz",
  kind: "EVENT",
  name: "提交表单",
  field: null,
  operator: null,
  values: [],
  eventKey: "form_submitted",
  points: 20,
  maxCount: 3,
  maxPerDay: null,
  active: false,
};

function mockClient(updateLeadScoreRule: Record<string, unknown>) {
  const executeMutation = vi.fn(() => fromValue({ data: { updateLeadScoreRule } }));
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  return { client, executeMutation };
}
const saved = (id: string) => ({ rule: { id, active: true }, userErrors: [] });

function renderModal(client: Client, rule: ScoreRuleRow) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <ScoreRuleModal rule={rule} onClose={onClose} onSaved={onSaved} />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return { onSaved, onClose, dialog: screen.getByRole("dialog") };
}

// Found by their text: role queries walk Ant Design's whole tree and take seconds in jsdom.
const button = (container: HTMLElement, label: string | RegExp) => within(container).getByText(label, { selector: "button span" }).closest("button")!;
const SAVE = /保\s*存/;
const selected = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText(label).closest<HTMLElement>(".ant-select")!.querySelector(".ant-select-content")?.textContent;
const variables = (executeMutation: ReturnType<typeof vi.fn>) => (executeMutation.mock.calls as unknown as [{ variables: unknown }][]).map(([operation]) => operation.variables);

async function retype(input: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

// Modals and their forms render slowly in jsdom on a busy machine.
describe("ScoreRuleModal: editing a rule", { timeout: 60_000 }, () => {
  it("opens a field rule with its values, its kind fixed", () => {
    const { dialog } = renderModal(mockClient({}).client, CITY_RULE);
    expect(dialog).toHaveTextContent("编辑评分规则");
    expect(within(dialog).getByLabelText("规则名称")).toHaveValue("来自深圳");
    expect(within(dialog).getByLabelText("分值")).toHaveValue("15");
    expect(selected(dialog, "线索字段")).toBe("城市");
    expect(selected(dialog, "条件")).toBe("等于");
    expect(within(dialog).getByLabelText("值")).toHaveValue("深圳");
    expect(within(dialog).getByLabelText("启用")).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "字段条件" })).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "行为事件" })).toBeDisabled();
  });

  it("opens a rule on one of several sources with each source named", () => {
    const { dialog } = renderModal(mockClient({}).client, SOURCE_RULE);
    expect(selected(dialog, "线索字段")).toBe("来源渠道");
    expect(selected(dialog, "条件")).toBe("是其中之一");
    const tags = [...dialog.querySelectorAll(".ant-select-selection-item")].map((tag) => tag.textContent);
    expect(tags).toEqual(["网站表单", "微信"]);
  });

  it("sends the rule's whole condition with the points and value changed", async () => {
    const { client, executeMutation } = mockClient(saved(CITY_RULE.id));
    const { dialog, onSaved } = renderModal(client, CITY_RULE);
    await retype(within(dialog).getByLabelText("分值"), "20");
    await retype(within(dialog).getByLabelText("值"), "广州");
    await userEvent.setup().click(button(dialog, SAVE));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(variables(executeMutation)).toEqual([
      { input: { id: CITY_RULE.id, name: "来自深圳", points: 20, active: true, field: "CITY", operator: "EQUALS", values: ["广州"] } },
    ]);
  });

  it("opens an event rule with its key and caps, and sends the caps as set", async () => {
    const { client, executeMutation } = mockClient(saved(EVENT_RULE.id));
    const { dialog, onSaved } = renderModal(client, EVENT_RULE);
    expect(within(dialog).getByRole("radio", { name: "行为事件" })).toBeChecked();
    expect(within(dialog).getByLabelText("事件标识")).toHaveValue("form_submitted");
    expect(within(dialog).getByLabelText("每条线索累计上限（次）")).toHaveValue("3");
    expect(within(dialog).getByLabelText("每条线索每日上限（次）")).toHaveValue("");
    expect(within(dialog).getByLabelText("启用")).not.toBeChecked();
    const user = userEvent.setup();
    await user.click(within(dialog).getByLabelText("每条线索每日上限（次）"));
    await user.paste("1");
    await user.click(within(dialog).getByLabelText("启用"));
    await user.click(button(dialog, SAVE));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(variables(executeMutation)).toEqual([
      { input: { id: EVENT_RULE.id, name: "提交表单", points: 20, active: true, eventKey: "form_submitted", maxCount: 3, maxPerDay: 1 } },
    ]);
  });

  it("refuses a rule without a name, sending nothing", async () => {
    const { client, executeMutation } = mockClient(saved(CITY_RULE.id));
    const { dialog, onSaved } = renderModal(client, CITY_RULE);
    const user = userEvent.setup();
    await user.clear(within(dialog).getByLabelText("规则名称"));
    await user.click(button(dialog, SAVE));

    expect(await within(dialog).findByText("此项必填")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("shows the API's refusal of the points on that field, and keeps the rule unsaved", async () => {
    const { client, executeMutation } = mockClient({
      rule: null,
      userErrors: [{ field: ["input", "points"], code: "SCORE_POINTS_OUT_OF_RANGE", message: "分值须为 -1000 到 1000 之间的非零整数" }],
    });
    const { dialog, onSaved } = renderModal(client, CITY_RULE);
    await retype(within(dialog).getByLabelText("分值"), "0");
    await userEvent.setup().click(button(dialog, SAVE));

    expect(await within(dialog).findByText("分值须为 -1000 到 1000 之间的非零整数")).toBeInTheDocument();
    expect(variables(executeMutation)).toEqual([
      { input: { id: CITY_RULE.id, name: "来自深圳", points: 0, active: true, field: "CITY", operator: "EQUALS", values: ["深圳"] } },
    ]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(dialog.querySelector(".ant-alert")).toBeNull();
  });
});
