// The form as a visitor sees it, drawn from the builder's current state (it changes as you
// type). It cannot submit: the public page at publicUrl is the real one.
import { Button, Card, Checkbox, Form, Input, Radio, Select, Typography, theme } from "antd";

import { useT } from "../../../i18n";
import type { BuilderField } from "../formFields";
import { captureMessages } from "../messages";

export function FormPreview({ name, fields, consentText }: { name: string; fields: BuilderField[]; consentText?: string }) {
  const t = useT(captureMessages);
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      title={t("previewPane")}
      data-testid="form-preview"
      styles={{ body: { background: token.colorBgLayout } }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: token.fontSizeSM }}>{t("previewNote")}</Typography.Paragraph>
      <div style={{ maxWidth: 420, margin: "0 auto", background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: token.paddingLG, boxShadow: token.boxShadowTertiary }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="preview-form-name">{name || t("formName")}</Typography.Title>
        <Form layout="vertical" component="div" onFinish={() => undefined}>
          {fields.map((field) => (
            <Form.Item key={field.key} label={field.type === "CHECKBOX" ? undefined : field.label || "—"} required={field.required}>
              {field.type === "TEXTAREA" ? (
                <Input.TextArea rows={3} />
              ) : field.type === "SELECT" ? (
                field.options.length <= 4 ? (
                  <Radio.Group options={field.options.filter(Boolean)} />
                ) : (
                  <Select placeholder={t("selectPlaceholder")} options={field.options.filter(Boolean).map((o) => ({ value: o, label: o }))} />
                )
              ) : field.type === "MULTISELECT" ? (
                <Checkbox.Group options={field.options.filter(Boolean)} />
              ) : field.type === "CHECKBOX" ? (
                <Checkbox>{field.label}</Checkbox>
              ) : (
                <Input type={field.type === "EMAIL" ? "email" : field.type === "PHONE" ? "tel" : "text"} inputMode={field.type === "PHONE" ? "tel" : undefined} />
              )}
            </Form.Item>
          ))}
          {consentText?.trim() && (
            <Form.Item required>
              <Checkbox><span data-testid="preview-consent">{consentText}</span></Checkbox>
            </Form.Item>
          )}
          <Button type="primary" block>{t("submit")}</Button>
        </Form>
      </div>
    </Card>
  );
}
