// 团队: the teams the user may see as a tree (each with its manager); a new team at the top or
// under another one, and a click on a team to rename it, move it or change its manager.
import { ApartmentOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Space, Spin, Tree, Typography } from "antd";
import { type Key, useState } from "react";
import { useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { settingsMessages } from "./messages";
import { TEAMS } from "./queries";
import { type EditedTeam, TeamFormModal } from "./TeamFormModal";
import { teamTree, type TeamNode } from "./teamTree";

export function TeamsPage() {
  const t = useT(settingsMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TEAMS });
  const [editing, setEditing] = useState<EditedTeam | "new" | null>(null);
  // null: every team open, as after a save, so a moved team shows under its new parent.
  const [expanded, setExpanded] = useState<Key[] | null>(null);

  if (error && !data) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  if (!data) return <Spin spinning={fetching} />;
  const teams = data.teams.nodes;
  const byId = new Map(teams.map((team) => [team.id, team]));
  const tree = teamTree(teams);
  const withManagers = (nodes: TeamNode[]): TeamNode[] =>
    nodes.map((node) => {
      const manager = byId.get(node.key)?.manager?.displayName;
      return { key: node.key, title: manager ? `${node.title}（${t("manager")}：${manager}）` : node.title, children: withManagers(node.children) };
    });
  const mayUpdate = can("team", "update");

  function open(id: string) {
    const team = byId.get(id);
    if (!team || !mayUpdate) return;
    setEditing({ id: team.id, name: team.name, parentId: team.parent?.id ?? null, managerId: team.manager?.id ?? null });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="teams-page">
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("teamsTitle")}</Typography.Title>
        {can("team", "create") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="create-team">
            {t("createTeam")}
          </Button>
        )}
      </Space>
      <Card size="small" title={t("teamCount", { count: teams.length })}>
        <Tree
          showLine
          showIcon
          expandedKeys={expanded ?? teams.map((team) => team.id)}
          onExpand={(keys) => setExpanded(keys)}
          icon={<ApartmentOutlined />}
          treeData={withManagers(tree)}
          selectedKeys={[]}
          onSelect={(keys) => keys[0] !== undefined && open(String(keys[0]))}
          data-testid="team-tree"
        />
      </Card>
      {mayUpdate && <Typography.Text type="secondary">{t("teamsHint")}</Typography.Text>}
      {editing && (
        <TeamFormModal
          team={editing === "new" ? null : editing}
          tree={tree}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t(editing === "new" ? "teamCreated" : "teamSaved"));
            setEditing(null);
            setExpanded(null);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Space>
  );
}
