// 新建/编辑评分规则: a field condition (a lead field, an operator, its values) or a behaviour
// event (its key and caps), with the points it gives. A rule keeps its kind once created.
import { Alert, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select, Switch } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import type { LeadScoreField, LeadScoreOperator, LeadScoreRulesQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { captureMessages, type CaptureMessageKey, userErrorText } from "../messages";
import { CREATE_SCORE_RULE, UPDATE_SCORE_RULE } from "../queries";
import { BUILTIN_EVENTS, fixedValues, operatorsFor, SCORE_FIELDS, valueCount } from "../scoreRule";

export type ScoreRuleRow = LeadScoreRulesQuery["leadScoreRules"][number];

interface Values {
  kind: "FIELD" | "EVENT";
  name: string;
  points: number;
  field?: LeadScoreField;
  operator?: LeadScoreOperator;
  values?: string[] | string;
  eventKey?: string;
  maxCount?: number | null;
  maxPerDay?: number | null;
  active: boolean;
}

const ON_FIELD = new Set(["name", "points", "field", "operator", "values", "eventKey", "maxCount", "maxPerDay"]);

function initial(rule: ScoreRuleRow | null): Values {
  if (!rule) return { kind: "FIELD", name: "", points: 10, active: true, values: [] };
  return {
    kind: rule.kind,
    name: rule.name,
    points: rule.points,
    field: rule.field ?? undefined,
    operator: rule.operator ?? undefined,
    values: valueCount(rule.operator ?? undefined) === "one" ? rule.values[0] : rule.values,
    eventKey: rule.eventKey ?? undefined,
    maxCount: rule.maxCount ?? null,
    maxPerDay: rule.maxPerDay ?? null,
    active: rule.active,
  };
}

export function ScoreRuleModal({ rule, onClose, onSaved }: { rule: ScoreRuleRow | null; onClose: () => void; onSaved: () => void }) {
  const t = useT(captureMessages);
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(CREATE_SCORE_RULE);
  const [, update] = useMutation(UPDATE_SCORE_RULE);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState("");
  const start = initial(rule);
  const kind = Form.useWatch("kind", form) ?? start.kind;
  const field = Form.useWatch("field", form) ?? start.field;
  const operator = Form.useWatch("operator", form) ?? start.operator;
  const count = valueCount(operator);
  const fixed = fixedValues(field);
  const valueLabel = (v: string) => (field === "SOURCE" ? t(v.toUpperCase() as CaptureMessageKey) : field === "PRIORITY" ? t(v as CaptureMessageKey) : v);

  async function submit() {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setGeneral("");
    try {
      const values = count === "none" ? [] : Array.isArray(v.values) ? v.values : v.values ? [v.values] : [];
      const body =
        kind === "FIELD"
          ? { field: v.field ?? null, operator: v.operator ?? null, values }
          : { eventKey: v.eventKey?.trim() ?? null, maxCount: v.maxCount ?? null, maxPerDay: v.maxPerDay ?? null };
      const common = { name: v.name.trim(), points: v.points, active: v.active };
      const result = rule ? await update({ input: { id: rule.id, ...common, ...body } }) : await create({ input: { ...common, ...body } });
      if (result.error) {
        setGeneral(result.error.message);
        return;
      }
      const payload = result.data && ("updateLeadScoreRule" in result.data ? result.data.updateLeadScoreRule : result.data.createLeadScoreRule);
      const errors = payload?.userErrors ?? [];
      const place = (e: (typeof errors)[number]) => e.field?.[1] ?? "";
      form.setFields(errors.filter((e) => ON_FIELD.has(place(e))).map((e) => ({ name: place(e) as keyof Values, errors: [e.message] })));
      setGeneral(userErrorText(errors.filter((e) => !ON_FIELD.has(place(e)))));
      if (errors.length === 0) onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={rule ? t("editScoreRule") : t("newScoreRule")} okText={t("save")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="score-rule" initialValues={start}>
        <Form.Item name="kind" label={t("kind")}>
          <Radio.Group disabled={Boolean(rule)} optionType="button" options={[{ value: "FIELD", label: t("FIELD") }, { value: "EVENT", label: t("EVENT_KIND") }]} />
        </Form.Item>
        <Form.Item name="name" label={t("ruleName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="points" label={t("points")} extra={t("pointsHint")} rules={[{ required: true, message: t("required") }]}>
          <InputNumber min={-1000} max={1000} />
        </Form.Item>
        {kind === "FIELD" ? (
          <>
            <Form.Item name="field" label={t("field")} rules={[{ required: true, message: t("required") }]}>
              <Select
                aria-label={t("field")}
                options={SCORE_FIELDS.map((f) => ({ value: f, label: t(f) }))}
                onChange={(next: LeadScoreField) => form.setFieldsValue({ operator: operatorsFor(next)[0], values: [] })}
              />
            </Form.Item>
            <Form.Item name="operator" label={t("operator")} rules={[{ required: true, message: t("required") }]}>
              <Select aria-label={t("operator")} options={operatorsFor(field).map((o) => ({ value: o, label: t(o) }))} onChange={() => form.setFieldsValue({ values: [] })} />
            </Form.Item>
            {count !== "none" && (
              <Form.Item name="values" label={t("values")} rules={[{ required: true, message: t("required") }]}>
                {fixed ? (
                  <Select aria-label={t("values")} mode={count === "many" ? "multiple" : undefined} options={fixed.map((v) => ({ value: v, label: valueLabel(v) }))} />
                ) : count === "many" ? (
                  <Select aria-label={t("values")} mode="tags" tokenSeparators={[",", "，"]} placeholder={t("typeToAdd")} />
                ) : (
                  <Input aria-label={t("values")} maxLength={100} />
                )}
              </Form.Item>
            )}
          </>
        ) : (
          <>
            <Form.Item name="eventKey" label={t("eventKey")} extra={t("eventKeyHint")} rules={[{ required: true, message: t("required") }]}>
              <AutoComplete options={BUILTIN_EVENTS.map((key) => ({ value: key }))} />
            </Form.Item>
            <Form.Item name="maxCount" label={t("maxCount")}>
              <InputNumber min={1} max={10000} placeholder={t("noLimit")} />
            </Form.Item>
            <Form.Item name="maxPerDay" label={t("maxPerDay")}>
              <InputNumber min={1} max={10000} placeholder={t("noLimit")} />
            </Form.Item>
          </>
        )}
        <Form.Item name="active" label={t("active")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
