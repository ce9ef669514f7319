// The builder itself: basics (name, consent, thank-you text, defaults), the fields, and beside
// them the live preview and, once saved, the embed snippet. Problems the API would refuse are
// shown before saving; the API's own field errors land on the field they name.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Switch } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import type { LeadFormDetailQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { type BuilderField, checkFields, nextKey, starterFields, toFieldInputs } from "../formFields";
import { captureMessages, type CaptureMessageKey } from "../messages";
import { move } from "../order";
import { CREATE_LEAD_FORM, UPDATE_LEAD_FORM } from "../queries";
import { FieldEditor } from "./FieldEditor";
import { FormPreview } from "./FormPreview";
import { SnippetCard } from "./SnippetCard";

type SavedForm = Extract<NonNullable<LeadFormDetailQuery["node"]>, { __typename: "LeadForm" }>;

interface Basics {
  name: string;
  campaign?: string;
  consentText?: string;
  thankYouMessage?: string;
  defaultTags: string[];
  defaultProductInterests: string[];
  isActive: boolean;
}

const BASIC_FIELDS = new Set(["name", "campaign", "consentText", "thankYouMessage", "defaultTags", "defaultProductInterests"]);

export function FormBuilder({ saved, editable, onCreated }: { saved: SavedForm | null; editable: boolean; onCreated: (id: string) => void }) {
  const t = useT(captureMessages);
  const { message } = App.useApp();
  const [basics] = Form.useForm<Basics>();
  const [fields, setFields] = useState<BuilderField[]>(() =>
    saved ? saved.fields.map((f) => ({ ...f, mapsTo: f.mapsTo ?? null })) : starterFields({ name: t("field_name"), phone: t("field_phone"), company: t("field_company") }),
  );
  const [apiFieldErrors, setApiFieldErrors] = useState<Map<number, string[]>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const [, create] = useMutation(CREATE_LEAD_FORM);
  const [, update] = useMutation(UPDATE_LEAD_FORM);
  const [busy, setBusy] = useState(false);
  const name = Form.useWatch("name", basics) ?? saved?.name ?? "";
  const consentText = Form.useWatch("consentText", basics) ?? saved?.consentText ?? "";

  const problems = checkFields(fields);
  const fieldProblems = (index: number) => [
    ...(showProblems ? problems.filter((p) => "index" in p && p.index === index).map((p) => t(`problem_${p.code}` as CaptureMessageKey)) : []),
    ...(apiFieldErrors.get(index) ?? []),
  ];
  const formProblems = problems.filter((p) => !("index" in p)).map((p) => t(`problem_${p.code}` as CaptureMessageKey));

  const change = (index: number, patch: Partial<BuilderField>) => setFields((current) => current.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  const addField = () => setFields((current) => [...current, { key: nextKey(current.map((f) => f.key)), label: "", type: "TEXT", required: false, options: [], mapsTo: null }]);

  async function save() {
    const values = await basics.validateFields();
    setShowProblems(true);
    if (problems.length > 0) return;
    setBusy(true);
    setGeneral([]);
    setApiFieldErrors(new Map());
    try {
      const input = {
        name: values.name.trim(),
        fields: toFieldInputs(fields),
        consentText: values.consentText?.trim() ?? "",
        thankYouMessage: values.thankYouMessage?.trim() || null,
        campaign: values.campaign?.trim() || null,
        defaultTags: values.defaultTags ?? [],
        defaultProductInterests: values.defaultProductInterests ?? [],
        isActive: values.isActive,
      };
      const result = saved
        ? await update({ input: { id: saved.id, ...input } })
        : await create({ input: { ...input, consentText: input.consentText || null } });
      if (result.error) {
        setGeneral([result.error.message]);
        return;
      }
      const payload = result.data && ("updateLeadForm" in result.data ? result.data.updateLeadForm : result.data.createLeadForm);
      const errors = payload?.userErrors ?? [];
      const byField = new Map<number, string[]>();
      const rest: string[] = [];
      for (const e of errors) {
        const [, top, index] = e.field ?? [];
        if (top === "fields" && index !== undefined && /^\d+$/.test(index)) byField.set(Number(index), [...(byField.get(Number(index)) ?? []), e.message]);
        else if (top && BASIC_FIELDS.has(top)) basics.setFields([{ name: top as keyof Basics, errors: [e.message] }]);
        else rest.push(e.message);
      }
      setApiFieldErrors(byField);
      setGeneral(rest);
      if (errors.length === 0 && payload?.form) {
        message.success(saved ? t("saved") : t("formCreated"));
        if (!saved) onCreated(payload.form.id);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={13}>
        <Space orientation="vertical" style={{ width: "100%" }} size="middle">
          <Card size="small" title={t("basics")}>
            <Form
              form={basics}
              layout="vertical"
              name="lead-form-basics"
              disabled={!editable}
              initialValues={{
                name: saved?.name ?? "",
                campaign: saved?.campaign ?? "",
                consentText: saved?.consentText ?? "",
                thankYouMessage: saved?.thankYouMessage ?? "",
                defaultTags: saved?.defaultTags ?? [],
                defaultProductInterests: saved?.defaultProductInterests ?? [],
                isActive: saved?.isActive ?? true,
              }}
            >
              <Form.Item name="name" label={t("formName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="consentText" label={t("consentText")} extra={t("consentHint")}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Form.Item name="thankYouMessage" label={t("thankYouMessage")} extra={t("thankYouHint")}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Form.Item name="campaign" label={t("campaigns")}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="defaultTags" label={t("defaultTags")}>
                <Select mode="tags" tokenSeparators={[",", "，"]} placeholder={t("typeToAdd")} />
              </Form.Item>
              <Form.Item name="defaultProductInterests" label={t("defaultProductInterests")}>
                <Select mode="tags" tokenSeparators={[",", "，"]} placeholder={t("typeToAdd")} />
              </Form.Item>
              <Form.Item name="isActive" label={t("isActive")} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Form>
          </Card>
          <Card size="small" title={t("fields")} extra={editable && <Button icon={<PlusOutlined />} onClick={addField} data-testid="add-field">{t("addField")}</Button>}>
            <Space orientation="vertical" style={{ width: "100%" }}>
              {showProblems && formProblems.length > 0 && <Alert type="warning" showIcon title={formProblems.join("；")} data-testid="form-problems" />}
              {fields.map((field, index) => (
                <FieldEditor
                  key={index}
                  field={field}
                  index={index}
                  count={fields.length}
                  problems={fieldProblems(index)}
                  disabled={!editable}
                  onChange={(patch) => change(index, patch)}
                  onMove={(delta) => setFields((current) => move(current, index, delta))}
                  onRemove={() => setFields((current) => current.filter((_f, i) => i !== index))}
                />
              ))}
            </Space>
          </Card>
          {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} data-testid="form-errors" />}
          {editable && (
            <Button type="primary" size="large" onClick={save} loading={busy} data-testid="save-form">{t("save")}</Button>
          )}
        </Space>
      </Col>
      <Col xs={24} lg={11}>
        <Space orientation="vertical" style={{ width: "100%", position: "sticky", top: 16 }} size="middle">
          <FormPreview name={name} fields={fields} consentText={consentText} />
          <SnippetCard snippet={saved?.embedSnippet} publicUrl={saved?.publicUrl} />
        </Space>
      </Col>
    </Row>
  );
}
