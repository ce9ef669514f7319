// One field of the builder: its label, type, the lead field it fills, required, options (for
// choices) and key; moved up or down or removed. Problems found before saving show below it.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from "@ant-design/icons";
import { Button, Card, Input, Select, Space, Switch, Typography } from "antd";

import type { LeadFormFieldType } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { type BuilderField, FIELD_TYPES, hasOptions, targetsFor } from "../formFields";
import { captureMessages, type CaptureMessageKey } from "../messages";

export interface FieldEditorProps {
  field: BuilderField;
  index: number;
  count: number;
  problems: string[];
  disabled: boolean;
  onChange: (patch: Partial<BuilderField>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export function FieldEditor({ field, index, count, problems, disabled, onChange, onMove, onRemove }: FieldEditorProps) {
  const t = useT(captureMessages);
  const n = index + 1;
  const changeType = (type: LeadFormFieldType) => {
    const allowed = targetsFor(type);
    onChange({ type, mapsTo: field.mapsTo && allowed.includes(field.mapsTo) ? field.mapsTo : (allowed.length === 1 ? allowed[0]! : null) });
  };
  return (
    <Card
      size="small"
      data-testid={`field-${index}`}
      title={<Space><Typography.Text type="secondary">#{n}</Typography.Text>{field.label || "—"}</Space>}
      extra={
        <Space size={2}>
          <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`${t("moveUp")} ${n}`} disabled={disabled || index === 0} onClick={() => onMove(-1)} />
          <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`${t("moveDown")} ${n}`} disabled={disabled || index === count - 1} onClick={() => onMove(1)} />
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("removeField")} ${n}`} disabled={disabled} onClick={onRemove} />
        </Space>
      }
    >
      <Space wrap style={{ width: "100%" }} styles={{ item: { flex: "1 1 180px" } }}>
        <Input prefix={<Typography.Text type="secondary">{t("fieldLabel")}</Typography.Text>} aria-label={`${t("fieldLabel")} ${n}`} value={field.label} maxLength={100} disabled={disabled} onChange={(e) => onChange({ label: e.target.value })} />
        <Select
          aria-label={`${t("fieldType")} ${n}`}
          value={field.type}
          disabled={disabled}
          style={{ width: "100%" }}
          onChange={changeType}
          options={FIELD_TYPES.map((type) => ({ value: type, label: t(type) }))}
        />
        <Select
          aria-label={`${t("fieldMapsTo")} ${n}`}
          value={field.mapsTo ?? ""}
          disabled={disabled}
          style={{ width: "100%" }}
          onChange={(mapsTo: string) => onChange({ mapsTo: mapsTo || null })}
          options={[{ value: "", label: t("notMapped") }, ...targetsFor(field.type).map((target) => ({ value: target, label: t(`field_${target}` as CaptureMessageKey) }))]}
        />
      </Space>
      {hasOptions(field.type) && (
        <Select
          mode="tags"
          tokenSeparators={[",", "，"]}
          placeholder={`${t("fieldOptions")}（${t("typeToAdd")}）`}
          aria-label={`${t("fieldOptions")} ${n}`}
          value={field.options}
          disabled={disabled}
          onChange={(options: string[]) => onChange({ options })}
          style={{ width: "100%", marginTop: 8 }}
        />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        <Space size={4}>
          <Switch size="small" checked={field.required} disabled={disabled} aria-label={`${t("fieldRequired")} ${n}`} onChange={(required) => onChange({ required })} />
          <span>{t("fieldRequired")}</span>
        </Space>
        <Input size="small" prefix={<Typography.Text type="secondary">{t("fieldKey")}</Typography.Text>} aria-label={`${t("fieldKey")} ${n}`} value={field.key} maxLength={40} disabled={disabled} onChange={(e) => onChange({ key: e.target.value })} style={{ width: 220 }} />
      </Space>
      {problems.map((p) => (
        <Typography.Paragraph key={p} type="danger" style={{ margin: "4px 0 0" }}>{p}</Typography.Paragraph>
      ))}
    </Card>
  );
}
