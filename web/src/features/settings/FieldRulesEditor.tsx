// 字段规则: per object type, each field hidden, read-only or editable for the role, and for
// personal data whether it shows masked, on an explicit reveal, or in full. "Default" removes
// the field's rule (setRoleFieldRules reset).
import { App, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import type { Disclosure, FieldAccess, SettingsRolesQuery } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { errorsText, label, settingsMessages } from "./messages";
import { ACCESSES, type Choice, DEFAULT, defaultAccess, DISCLOSURES, fieldRuleInput } from "./permissions";
import { SET_ROLE_FIELD_RULES } from "./queries";

type ObjectType = SettingsRolesQuery["objectTypes"][number];
type Role = SettingsRolesQuery["roles"][number];
type Field = ObjectType["fields"][number];

interface Props {
  role: Role;
  objectTypes: ObjectType[];
  editable: boolean;
}

export function FieldRulesEditor({ role, objectTypes, editable }: Props) {
  const t = useT(settingsMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const withFields = objectTypes.filter((type) => type.fields.length > 0);
  const [objectName, setObjectName] = useState(withFields[0]?.name ?? "");
  const [{ fetching }, setRules] = useMutation(SET_ROLE_FIELD_RULES);
  const type = withFields.find((candidate) => candidate.name === objectName);
  const grant = role.permissions.find((p) => p.objectType === objectName);
  const rules = new Map(role.fieldRules.filter((r) => r.objectType === objectName).map((r) => [r.field, r]));
  const fieldLabel = (field: Field) => (locale === "en" ? field.name : field.label);

  async function save(field: Field, access: Choice<FieldAccess>, disclosure: Choice<Disclosure> | null) {
    const result = await setRules({ input: fieldRuleInput(role.id, objectName, field.name, access, disclosure, grant) });
    const payload = result.data?.setRoleFieldRules;
    if (result.error || !payload || payload.userErrors.length) {
      message.error(t("failed", { message: result.error?.message ?? errorsText(payload?.userErrors ?? []) }));
      return;
    }
    message.success(t("fieldSaved", { field: fieldLabel(field) }));
  }

  const accessChoices = [
    { value: DEFAULT, label: t("defaultAccess", { access: label(t, "access", defaultAccess(grant)) }) },
    ...ACCESSES.map((access) => ({ value: access, label: label(t, "access", access) })),
  ];
  const disclosureChoices = [
    { value: DEFAULT, label: t("defaultAccess", { access: label(t, "disclosure", role.personalData) }) },
    ...DISCLOSURES.map((disclosure) => ({ value: disclosure, label: label(t, "disclosure", disclosure) })),
  ];

  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="field-rules">
      <Select
        value={objectName || undefined}
        placeholder={t("chooseObject")}
        onChange={setObjectName}
        options={withFields.map((candidate) => ({ value: candidate.name, label: locale === "en" ? candidate.name : candidate.label }))}
        style={{ width: 220 }}
        aria-label={t("chooseObject")}
        data-testid="field-rules-object"
      />
      {!type ? (
        <Typography.Text type="secondary">{t("noFields")}</Typography.Text>
      ) : (
        <Table<Field>
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={type.fields}
          scroll={{ x: "max-content" }}
          columns={[
            {
              key: "field",
              title: t("field"),
              render: (_, field) => (
                <Space size={4}>
                  {fieldLabel(field)}
                  {field.personalDataKind && <Tag color="gold">{t("personalField")}</Tag>}
                </Space>
              ),
            },
            {
              key: "access",
              title: t("access"),
              render: (_, field) => {
                const rule = rules.get(field.name);
                return (
                  <Select<Choice<FieldAccess>>
                    size="small"
                    style={{ width: 150 }}
                    value={rule?.access ?? DEFAULT}
                    disabled={!editable || fetching}
                    options={accessChoices}
                    aria-label={`${fieldLabel(field)} ${t("access")}`}
                    data-testid={`access-${field.name}`}
                    onChange={(access) => void save(field, access, field.personalDataKind ? (rule?.disclosure ?? DEFAULT) : null)}
                  />
                );
              },
            },
            {
              key: "disclosure",
              title: t("disclosure"),
              render: (_, field) => {
                if (!field.personalDataKind) return null;
                const rule = rules.get(field.name);
                return (
                  <Select<Choice<Disclosure>>
                    size="small"
                    style={{ width: 150 }}
                    value={rule?.disclosure ?? DEFAULT}
                    disabled={!editable || fetching}
                    options={disclosureChoices}
                    aria-label={`${fieldLabel(field)} ${t("disclosure")}`}
                    onChange={(disclosure) => void save(field, rule?.access ?? DEFAULT, disclosure)}
                  />
                );
              },
            },
          ]}
        />
      )}
    </Space>
  );
}
