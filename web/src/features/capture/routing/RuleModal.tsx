// 新建/编辑分配规则: the conditions a lead must meet, whom it goes to (one rep, a team or list in
// turn, or the least loaded member), capacities and the first follow-up. The API's field errors
// land on their field, the others above the form.
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Divider, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useT } from "../../../i18n";
import { captureMessages, userErrorText } from "../messages";
import { CREATE_ROUTING_RULE, ROUTING_PICKERS, UPDATE_ROUTING_RULE } from "../queries";
import { EMPTY_RULE, ruleToValues, type RoutingRuleRow, type RuleValues, valuesToInput } from "../routingRule";
import { SOURCES } from "../scoreRule";

const FIELD_NAMES: Record<string, string> = {
  name: "name", userId: "userId", teamId: "teamId", members: "members", memberCapacity: "memberCapacity",
  followUpHours: "followUpHours", scoreMin: "scoreMin", scoreMax: "scoreMax", provinces: "provinces",
};

export function RuleModal({ rule, onClose, onSaved }: { rule: RoutingRuleRow | null; onClose: () => void; onSaved: () => void }) {
  const t = useT(captureMessages);
  const [form] = Form.useForm<RuleValues>();
  const [{ data: pickers }] = useQuery({ query: ROUTING_PICKERS });
  const [, create] = useMutation(CREATE_ROUTING_RULE);
  const [, update] = useMutation(UPDATE_ROUTING_RULE);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState("");
  const action = Form.useWatch("action", form) ?? (rule?.action ?? "USER");
  const memberMode = Form.useWatch("memberMode", form) ?? (rule?.team ? "team" : "list");

  const users = (pickers?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.team ? `${u.displayName} · ${u.team.name}` : u.displayName }));
  const teams = (pickers?.teams.nodes ?? []).map((team) => ({ value: team.id, label: team.name }));
  const tagsSelect = (label: string) => <Select mode="tags" tokenSeparators={[",", "，"]} placeholder={t("typeToAdd")} aria-label={label} />;

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral("");
    try {
      const input = valuesToInput({ ...EMPTY_RULE, ...values });
      const result = rule ? await update({ input: { id: rule.id, ...input } }) : await create({ input: { ...input, idempotencyKey: crypto.randomUUID() } });
      if (result.error) {
        setGeneral(result.error.message);
        return;
      }
      const payload = result.data && ("updateRoutingRule" in result.data ? result.data.updateRoutingRule : result.data.createRoutingRule);
      const errors = payload?.userErrors ?? [];
      const onField = errors.filter((e) => FIELD_NAMES[e.field?.[1] ?? ""]);
      form.setFields(onField.map((e) => ({ name: FIELD_NAMES[e.field![1]!] as keyof RuleValues, errors: [e.message] })));
      const rest = errors.filter((e) => !FIELD_NAMES[e.field?.[1] ?? ""]);
      setGeneral(userErrorText(rest));
      if (errors.length === 0) onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={rule ? t("editRule") : t("newRule")}
      okText={t("save")}
      cancelText={t("cancel")}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} data-testid="rule-errors" />}
      <Form form={form} layout="vertical" name="routing-rule" initialValues={rule ? ruleToValues(rule) : EMPTY_RULE}>
        <Form.Item name="name" label={t("ruleName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="enabled" label={t("enabled")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Divider titlePlacement="start">{t("conditions")}</Divider>
        <Form.Item name="sources" label={t("sources")}>
          <Select mode="multiple" allowClear options={SOURCES.map((s) => ({ value: s, label: t(s) }))} />
        </Form.Item>
        <Space wrap style={{ width: "100%" }} styles={{ item: { flex: "1 1 240px" } }}>
          <Form.Item name="provinces" label={t("provinces")}>{tagsSelect(t("provinces"))}</Form.Item>
          <Form.Item name="cities" label={t("cities")}>{tagsSelect(t("cities"))}</Form.Item>
          <Form.Item name="productInterests" label={t("productInterests")}>{tagsSelect(t("productInterests"))}</Form.Item>
          <Form.Item name="tags" label={t("tagsLabel")}>{tagsSelect(t("tagsLabel"))}</Form.Item>
          <Form.Item name="campaigns" label={t("campaigns")}>{tagsSelect(t("campaigns"))}</Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="scoreMin" label={t("scoreMin")}>
            <InputNumber min={0} max={10000} />
          </Form.Item>
          <Form.Item name="scoreMax" label={t("scoreMax")}>
            <InputNumber min={0} max={10000} />
          </Form.Item>
        </Space>
        <Divider titlePlacement="start">{t("action")}</Divider>
        <Form.Item name="action" label={t("action")}>
          <Radio.Group
            options={(["USER", "ROUND_ROBIN", "LOAD_BALANCE"] as const).map((a) => ({ value: a, label: t(a) }))}
            optionType="button"
          />
        </Form.Item>
        {action === "USER" ? (
          <Form.Item name="userId" label={t("rep")} extra={t("actionUserHint")} rules={[{ required: true, message: t("required") }]}>
            <Select showSearch optionFilterProp="label" options={users} aria-label={t("rep")} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="memberMode" label={t("memberMode")} extra={action === "ROUND_ROBIN" ? t("actionRoundRobinHint") : t("actionLoadBalanceHint")}>
              <Radio.Group options={[{ value: "list", label: t("memberList") }, { value: "team", label: t("memberTeam") }]} />
            </Form.Item>
            {memberMode === "team" ? (
              <Space wrap align="end">
                <Form.Item name="teamId" label={t("team")} rules={[{ required: true, message: t("required") }]}>
                  <Select showSearch optionFilterProp="label" options={teams} style={{ minWidth: 220 }} aria-label={t("team")} />
                </Form.Item>
                <Form.Item name="includeSubTeams" valuePropName="checked">
                  <Switch checkedChildren={t("includeSubTeams")} unCheckedChildren={t("includeSubTeams")} />
                </Form.Item>
              </Space>
            ) : (
              <Form.List
                name="members"
                rules={[{ validator: async (_r, members: unknown[]) => (members?.length ? undefined : Promise.reject(new Error(t("membersNeeded")))) }]}
              >
                {(fields, { add, remove }, { errors }) => (
                  <Form.Item label={t("members")} extra={t("capacityHint")}>
                    {fields.map((field, index) => (
                      <Space key={field.key} align="baseline" wrap data-testid={`member-${index}`}>
                        <Form.Item name={[field.name, "userId"]} rules={[{ required: true, message: t("required") }]}>
                          <Select showSearch optionFilterProp="label" options={users} style={{ width: 220 }} aria-label={`${t("members")} ${index + 1}`} />
                        </Form.Item>
                        <Form.Item name={[field.name, "capacity"]}>
                          <InputNumber min={1} max={10000} placeholder={t("capacity")} aria-label={`${t("capacity")} ${index + 1}`} />
                        </Form.Item>
                        <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("removeMember")} onClick={() => remove(field.name)} />
                      </Space>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ capacity: null })}>{t("addMember")}</Button>
                    <Form.ErrorList errors={errors} />
                  </Form.Item>
                )}
              </Form.List>
            )}
            <Form.Item name="memberCapacity" label={t("memberCapacity")} extra={t("capacityHint")}>
              <InputNumber min={1} max={10000} />
            </Form.Item>
          </>
        )}
        <Form.Item name="followUpHours" label={t("followUpHours")} extra={t("followUpHoursHint")}>
          <InputNumber min={1} max={720} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
