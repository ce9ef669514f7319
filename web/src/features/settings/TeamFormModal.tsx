// A new team, or a team renamed, moved under another parent (its sub-teams with it) or given
// another manager. The API's refusals show on their fields (a parent below the team itself,
// a sibling of the same name, a parent outside the caller's scope).
import { Alert, Form, Input, Modal, Select, TreeSelect } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { CREATE_TEAM, MANAGER_CHOICES, UPDATE_TEAM } from "./queries";
import { teamChoices, type TeamNode } from "./teamTree";

export interface EditedTeam {
  id: string;
  name: string;
  parentId: string | null;
  managerId: string | null;
}

interface Values {
  name: string;
  parentId?: string | null;
  managerId?: string | null;
}

interface Props {
  /** null: a new team. */
  team: EditedTeam | null;
  tree: TeamNode[];
  onClose: () => void;
  onSaved: () => void;
}

export function TeamFormModal({ team, tree, onClose, onSaved }: Props) {
  const t = useT(settingsMessages);
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState("");
  const [{ data: people }] = useQuery({ query: MANAGER_CHOICES });
  const [{ fetching: creating }, createTeam] = useMutation(CREATE_TEAM);
  const [{ fetching: updating }, updateTeam] = useMutation(UPDATE_TEAM);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setGeneral("");
    const parentId = values.parentId ?? null;
    const managerId = values.managerId ?? null;
    const result = team
      ? await updateTeam({
          input: {
            id: team.id,
            name: values.name.trim(),
            ...(parentId !== team.parentId ? { parentId } : {}),
            ...(managerId !== team.managerId ? { managerId } : {}),
          },
        })
      : await createTeam({
          input: { name: values.name.trim(), parentId, managerId, idempotencyKey: crypto.randomUUID() },
        });
    const payload = result.data && ("updateTeam" in result.data ? result.data.updateTeam : result.data.createTeam);
    if (result.error || !payload) {
      setGeneral(result.error?.message ?? "?");
      return;
    }
    const fields: (keyof Values)[] = ["name", "parentId", "managerId"];
    const onField = payload.userErrors.filter((e) => fields.includes(e.field?.[1] as keyof Values));
    form.setFields(onField.map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
    setGeneral(errorsText(payload.userErrors.filter((e) => !onField.includes(e))));
    if (payload.userErrors.length === 0) onSaved();
  }

  return (
    <Modal
      open
      title={t(team ? "editTeam" : "createTeam")}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={creating || updating}
      okText={t("save")}
      cancelText={t("cancel")}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={team ? { name: team.name, parentId: team.parentId, managerId: team.managerId } : {}}
      >
        <Form.Item name="name" label={t("teamName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parentId" label={t("parentTeam")}>
          <TreeSelect allowClear treeDefaultExpandAll placeholder={t("topLevel")} treeData={teamChoices(tree, team?.id)} />
        </Form.Item>
        <Form.Item name="managerId" label={t("teamManager")}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t("noManager")}
            options={(people?.users.nodes ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
          />
        </Form.Item>
        {general && <Alert type="error" showIcon title={general} />}
      </Form>
    </Modal>
  );
}
