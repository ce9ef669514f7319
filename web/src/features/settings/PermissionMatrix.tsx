// 权限矩阵: one row per object type, one column per action, and the rows the role reaches for
// that type. Each change is saved at once with setRolePermissions (effective from the role's
// users' next request).
import { App, Card, Checkbox, Grid, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import type { PermissionInput, RowScope, SettingsRolesQuery } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { errorsText, label, settingsMessages } from "./messages";
import { actionColumns, type Grant, rescopedGrant, ROW_SCOPES, toggledGrant } from "./permissions";
import { SET_ROLE_PERMISSIONS } from "./queries";

type ObjectType = SettingsRolesQuery["objectTypes"][number];
type Role = SettingsRolesQuery["roles"][number];

interface Props {
  role: Role;
  objectTypes: ObjectType[];
  editable: boolean;
}

export function PermissionMatrix({ role, objectTypes, editable }: Props) {
  const t = useT(settingsMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const [{ fetching }, setPermissions] = useMutation(SET_ROLE_PERMISSIONS);
  // The change shows at once; it stands until the role is read again from the server (or is
  // refused, and then the server's grants come back).
  const [shown, setShown] = useState<{ base: Role["permissions"]; grants: Grant[] } | null>(null);
  const current = shown && shown.base === role.permissions ? shown.grants : role.permissions;
  const grants = new Map<string, Grant>(current.map((p) => [p.objectType, p]));
  const actions = actionColumns(objectTypes);
  const typeLabel = (type: ObjectType) => (locale === "en" ? type.name : type.label);

  async function save(type: ObjectType, permission: PermissionInput) {
    const base = role.permissions;
    const rowScope = permission.rowScope ?? "OWN";
    const others = current.filter((p) => p.objectType !== permission.objectType);
    setShown({ base, grants: permission.actions.length ? [...others, { ...permission, rowScope }] : others });
    const result = await setPermissions({ input: { roleId: role.id, permissions: [permission] } });
    const payload = result.data?.setRolePermissions;
    if (payload?.role) setShown({ base, grants: payload.role.permissions });
    if (result.error || !payload || payload.userErrors.length) {
      setShown(null);
      message.error(t("failed", { message: result.error?.message ?? errorsText(payload?.userErrors ?? []) }));
      return;
    }
    message.success(t("permissionSaved", { object: typeLabel(type) }));
  }

  const cell = (type: ObjectType, action: string) =>
    type.actions.includes(action) ? (
      <Checkbox
        checked={grants.get(type.name)?.actions.includes(action) ?? false}
        disabled={!editable || fetching}
        aria-label={`${typeLabel(type)} ${label(t, "action", action)}`}
        data-testid={`perm-${type.name}-${action}`}
        onChange={(event) => void save(type, toggledGrant(grants.get(type.name), type.name, action, event.target.checked))}
      >
        {isPhone ? label(t, "action", action) : null}
      </Checkbox>
    ) : null;

  const scope = (type: ObjectType) => {
    const grant = grants.get(type.name);
    return (
      <Select<RowScope>
        size="small"
        value={grant?.rowScope ?? "OWN"}
        disabled={!editable || fetching || !grant?.actions.length}
        options={ROW_SCOPES.map((s) => ({ value: s, label: label(t, "scope", s) }))}
        onChange={(rowScope) => void save(type, rescopedGrant(grant, type.name, rowScope))}
        style={{ width: 140 }}
        aria-label={`${typeLabel(type)} ${t("rowScope")}`}
        data-testid={`scope-${type.name}`}
      />
    );
  };

  if (isPhone) {
    return (
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="permission-matrix">
        {objectTypes.map((type) => (
          <Card key={type.name} size="small" title={typeLabel(type)} extra={scope(type)}>
            <Space wrap>{actions.map((action) => <span key={action}>{cell(type, action)}</span>)}</Space>
          </Card>
        ))}
      </Space>
    );
  }
  return (
    <div data-testid="permission-matrix">
      <Table<ObjectType>
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={objectTypes}
        scroll={{ x: "max-content" }}
        columns={[
          {
            key: "object",
            title: t("objectType"),
            fixed: "left",
            render: (_, type) => <Typography.Text strong>{typeLabel(type)}</Typography.Text>,
          },
          ...actions.map((action) => ({
            key: action,
            title: label(t, "action", action),
            align: "center" as const,
            render: (_: unknown, type: ObjectType) => cell(type, action),
          })),
          { key: "scope", title: t("rowScope"), render: (_, type) => scope(type) },
        ]}
      />
    </div>
  );
}
