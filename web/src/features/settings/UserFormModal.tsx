// 新建用户 / 编辑用户: name, email, mobile, role and team; a new account also gets its initial
// password. The API's field errors (EMAIL_TAKEN, INVALID_PHONE, PRIVILEGE_ESCALATION...) land
// on their field, the others above the buttons.
import { Alert, Form, Input, Modal, Select, TreeSelect } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import type { SettingsUsersQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { useRoleName } from "./roleNames";
import { CREATE_USER, ROLE_CHOICES, TEAMS, UPDATE_USER } from "./queries";
import { teamChoices, teamTree } from "./teamTree";

type User = SettingsUsersQuery["users"]["nodes"][number];

interface Values {
  displayName: string;
  email?: string;
  phone?: string;
  password?: string;
  roleId: string;
  teamId?: string;
}

const FIELDS = new Set(["displayName", "email", "phone", "password", "roleId", "teamId"]);

export function UserFormModal({ user, onClose, onSaved }: { user: User | null; onClose: () => void; onSaved: () => void }) {
  const t = useT(settingsMessages);
  const roleLabel = useRoleName();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState("");
  const [{ data: roles }] = useQuery({ query: ROLE_CHOICES });
  const [{ data: teams }] = useQuery({ query: TEAMS });
  const [{ fetching: creating }, createUser] = useMutation(CREATE_USER);
  const [{ fetching: updating }, updateUser] = useMutation(UPDATE_USER);
  const treeData = teamChoices(teamTree(teams?.teams.nodes ?? []));

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setGeneral("");
    const blank = (value?: string) => (value?.trim() ? value.trim() : null);
    const result = user
      ? await updateUser({
          input: {
            id: user.id,
            displayName: values.displayName.trim(),
            // Unchanged masked values are not sent back.
            ...(values.email !== (user.email ?? "") ? { email: blank(values.email) } : {}),
            ...(values.phone !== (user.phone ?? "") ? { phone: blank(values.phone) } : {}),
            ...(values.roleId !== user.role?.id ? { roleId: values.roleId } : {}),
            ...((values.teamId ?? null) !== (user.team?.id ?? null) ? { teamId: values.teamId ?? null } : {}),
            idempotencyKey: crypto.randomUUID(),
          },
        })
      : await createUser({
          input: {
            displayName: values.displayName.trim(),
            password: values.password ?? "",
            email: blank(values.email),
            phone: blank(values.phone),
            roleId: values.roleId,
            teamId: values.teamId ?? null,
            idempotencyKey: crypto.randomUUID(),
          },
        });
    const payload = result.data && ("createUser" in result.data ? result.data.createUser : result.data.updateUser);
    if (result.error || !payload) {
      setGeneral(result.error?.message ?? "?");
      return;
    }
    const onField = payload.userErrors.filter((e) => FIELDS.has(e.field?.[1] ?? ""));
    form.setFields(onField.map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
    setGeneral(errorsText(payload.userErrors.filter((e) => !FIELDS.has(e.field?.[1] ?? ""))));
    if (payload.userErrors.length === 0) onSaved();
  }

  return (
    <Modal
      open
      title={user ? t("editUser") : t("createUser")}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={creating || updating}
      okText={t("save")}
      cancelText={t("cancel")}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="user-form"
        initialValues={
          user
            ? { displayName: user.displayName, email: user.email ?? "", phone: user.phone ?? "", roleId: user.role?.id, teamId: user.team?.id }
            : {}
        }
      >
        <Form.Item name="displayName" label={t("name")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="email" label={t("email")} extra={user ? undefined : t("loginHint")}>
          <Input type="email" maxLength={254} />
        </Form.Item>
        <Form.Item name="phone" label={t("phone")}>
          <Input maxLength={20} />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t("password")}
            extra={t("passwordHint")}
            rules={[{ required: true, message: t("required") }]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        )}
        <Form.Item name="roleId" label={t("role")} rules={[{ required: true, message: t("required") }]}>
          <Select options={(roles?.roles ?? []).map((role) => ({ value: role.id, label: roleLabel(role) }))} data-testid="user-role" />
        </Form.Item>
        <Form.Item name="teamId" label={t("team")}>
          <TreeSelect allowClear placeholder={t("noTeam")} treeDefaultExpandAll treeData={treeData} data-testid="user-team" />
        </Form.Item>
        {general && <Alert type="error" showIcon title={general} />}
      </Form>
    </Modal>
  );
}
