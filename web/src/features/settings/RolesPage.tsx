// 角色与权限: the organisation's roles (built-in first), and for the chosen one its permission
// matrix and field rules. Custom roles nobody holds can be deleted.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Grid, Menu, Popconfirm, Select, Space, Spin, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useLocale, useT } from "../../i18n";
import { CreateRoleModal } from "./CreateRoleModal";
import { FieldRulesEditor } from "./FieldRulesEditor";
import { errorsText, label, settingsMessages } from "./messages";
import { PermissionMatrix } from "./PermissionMatrix";
import { DELETE_ROLE, ROLES } from "./queries";
import { roleDescription, roleName } from "./roleNames";

export function RolesPage() {
  const t = useT(settingsMessages);
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ROLES });
  const [, deleteRole] = useMutation(DELETE_ROLE);
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const editable = can("role", "update");

  if (error && !data) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  if (!data) return <Spin spinning={fetching} />;
  const roles = data.roles;
  const role = roles.find((r) => r.id === chosen) ?? roles[0];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  async function remove(id: string) {
    const result = await deleteRole({ input: { id } });
    const payload = result.data?.deleteRole;
    if (result.error || !payload || payload.userErrors.length) {
      message.error(t("failed", { message: result.error?.message ?? errorsText(payload?.userErrors ?? []) }));
      return;
    }
    message.success(t("roleDeleted"));
    setChosen(null);
    refresh();
  }

  const roleTitle = (r: (typeof roles)[number]) => (
    <Space size={4}>
      {roleName(r, locale)}
      <Tag color={r.isBuiltin ? "default" : "blue"}>{r.isBuiltin ? t("builtin") : t("customRole")}</Tag>
    </Space>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="roles-page">
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("rolesTitle")}</Typography.Title>
        {can("role", "create") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-role">
            {t("createRole")}
          </Button>
        )}
      </Space>
      <div style={{ display: "flex", gap: 16, alignItems: "flex-start", flexDirection: isPhone ? "column" : "row" }}>
        {isPhone ? (
          <Select
            value={role?.id}
            onChange={setChosen}
            options={roles.map((r) => ({ value: r.id, label: roleName(r, locale) }))}
            style={{ width: "100%" }}
            aria-label={t("role")}
            data-testid="role-select"
          />
        ) : (
          <Card size="small" style={{ width: 220, flex: "none" }} styles={{ body: { padding: 4 } }}>
            <Menu
              mode="inline"
              selectedKeys={role ? [role.id] : []}
              onClick={({ key }) => setChosen(key)}
              items={roles.map((r) => ({ key: r.id, label: roleTitle(r), "data-testid": `role-${r.key}` }))}
              style={{ borderInlineEnd: "none" }}
            />
          </Card>
        )}
        {role && (
          <Card
            style={{ flex: 1, minWidth: 0, width: isPhone ? "100%" : undefined }}
            title={roleTitle(role)}
            extra={
              !role.isBuiltin &&
              can("role", "delete") && (
                <Popconfirm title={t("confirmDeleteRole", { name: role.name })} onConfirm={() => void remove(role.id)}>
                  <Button danger size="small" icon={<DeleteOutlined />} data-testid="delete-role">
                    {t("deleteRole")}
                  </Button>
                </Popconfirm>
              )
            }
          >
            <Typography.Paragraph type="secondary">
              {roleDescription(role, locale) || role.key} · {t("personalData")}: {label(t, "disclosure", role.personalData)}
            </Typography.Paragraph>
            {!editable && <Alert type="info" showIcon title={t("readOnlyRole")} style={{ marginBottom: 12 }} />}
            <Tabs
              items={[
                {
                  key: "matrix",
                  label: t("matrixTab"),
                  children: <PermissionMatrix role={role} objectTypes={data.objectTypes} editable={editable} />,
                },
                {
                  key: "fields",
                  label: t("fieldsTab"),
                  children: <FieldRulesEditor key={role.id} role={role} objectTypes={data.objectTypes} editable={editable} />,
                },
              ]}
            />
          </Card>
        )}
      </div>
      {creating && (
        <CreateRoleModal
          roles={roles}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            message.success(t("roleCreated"));
            setCreating(false);
            setChosen(id);
            refresh();
          }}
        />
      )}
    </Space>
  );
}
