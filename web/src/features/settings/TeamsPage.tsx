// 团队: the teams the user may see as a tree (each with its manager), and a new team at the top
// or under another one. Renaming and moving a team need an API operation that does not exist
// yet (there is no updateTeam), so the screen says so instead of offering them.
import { ApartmentOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Modal, Space, Spin, Tree, TreeSelect, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { CREATE_TEAM, TEAMS } from "./queries";
import { teamChoices, teamTree, type TeamNode } from "./teamTree";

interface Values {
  name: string;
  parentId?: string;
}

export function TeamsPage() {
  const t = useT(settingsMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TEAMS });
  const [{ fetching: saving }, createTeam] = useMutation(CREATE_TEAM);
  const [creating, setCreating] = useState(false);
  const [general, setGeneral] = useState("");
  const [form] = Form.useForm<Values>();

  if (error && !data) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  if (!data) return <Spin spinning={fetching} />;
  const teams = data.teams.nodes;
  const managers = new Map(teams.map((team) => [team.id, team.manager?.displayName]));
  const tree = teamTree(teams);
  const withManagers = (nodes: TeamNode[]): TeamNode[] =>
    nodes.map((node) => {
      const manager = managers.get(node.key);
      return { key: node.key, title: manager ? `${node.title}（${t("manager")}：${manager}）` : node.title, children: withManagers(node.children) };
    });

  async function submit() {
    const values = await form.validateFields();
    setGeneral("");
    const result = await createTeam({
      input: { name: values.name.trim(), parentId: values.parentId ?? null, idempotencyKey: crypto.randomUUID() },
    });
    const payload = result.data?.createTeam;
    if (result.error || !payload) {
      setGeneral(result.error?.message ?? "?");
      return;
    }
    const onField = payload.userErrors.filter((e) => e.field?.[1] === "name" || e.field?.[1] === "parentId");
    form.setFields(onField.map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
    setGeneral(errorsText(payload.userErrors.filter((e) => !onField.includes(e))));
    if (payload.userErrors.length === 0) {
      message.success(t("teamCreated"));
      setCreating(false);
      form.resetFields();
      refetch({ requestPolicy: "network-only" });
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="teams-page">
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("teamsTitle")}</Typography.Title>
        {can("team", "create") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-team">
            {t("createTeam")}
          </Button>
        )}
      </Space>
      <Card size="small" title={t("teamCount", { count: teams.length })}>
        <Tree showLine showIcon defaultExpandAll icon={<ApartmentOutlined />} treeData={withManagers(tree)} data-testid="team-tree" />
      </Card>
      <Typography.Text type="secondary">{t("teamsReadOnly")}</Typography.Text>
      <Modal
        open={creating}
        title={t("createTeam")}
        onCancel={() => setCreating(false)}
        onOk={() => void submit()}
        confirmLoading={saving}
        okText={t("save")}
        cancelText={t("cancel")}
      >
        <Form<Values> form={form} layout="vertical">
          <Form.Item name="name" label={t("teamName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="parentId" label={t("parentTeam")}>
            <TreeSelect allowClear treeDefaultExpandAll placeholder={t("topLevel")} treeData={teamChoices(tree)} />
          </Form.Item>
          {general && <Alert type="error" showIcon title={general} />}
        </Form>
      </Modal>
    </Space>
  );
}
