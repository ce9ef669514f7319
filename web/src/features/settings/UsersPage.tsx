// 用户: the organisation's accounts a page at a time (by name, pinyin order), filtered by team
// and status on the server; new accounts, changes of role and team, deactivation. On a phone
// the rows become cards.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Grid, Input, List, Popconfirm, Select, Space, Table, Tag, TreeSelect, Typography } from "antd";
import dayjs from "dayjs";
import { type HTMLAttributes, useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { useCursorPages } from "../../components/useCursorPages";
import { useAuth } from "../../auth/AuthProvider";
import { PersonalValue } from "../../components/PersonalValue";
import type { SettingsUsersQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { useRoleName } from "./roleNames";
import { TEAMS, UPDATE_USER, USERS } from "./queries";
import { teamChoices, teamTree } from "./teamTree";
import { UserFormModal } from "./UserFormModal";
import { matchesUser } from "./userSearch";

type User = SettingsUsersQuery["users"]["nodes"][number];
type Status = "all" | "active" | "inactive";
const PAGE_SIZE = 50;

export function UsersPage() {
  const t = useT(settingsMessages);
  const roleLabel = useRoleName();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const [teamId, setTeamId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>("all");
  const [search, setSearch] = useState("");
  const pages = useCursorPages();
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      after: pages.after,
      filter: { teamId, includeSubTeams: true, isActive: status === "all" ? null : status === "active" },
      orderBy: "DISPLAY_NAME" as const,
      descending: false,
    }),
    [teamId, status, pages.after],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: USERS, variables });
  const [{ data: teams }] = useQuery({ query: TEAMS });
  const [, updateUser] = useMutation(UPDATE_USER);
  const connection = data?.users;
  const rows = (connection?.nodes ?? []).filter((user) => matchesUser(user, search));
  const mayUpdate = can("user", "update");
  const refresh = () => refetch({ requestPolicy: "network-only" });

  async function setActive(user: User, isActive: boolean) {
    const result = await updateUser({ input: { id: user.id, isActive } });
    const payload = result.data?.updateUser;
    if (result.error || !payload || payload.userErrors.length) {
      message.error(t("failed", { message: result.error?.message ?? errorsText(payload?.userErrors ?? []) }));
      return;
    }
    message.success(t(isActive ? "userReactivated" : "userDeactivated", { name: user.displayName }));
    refresh();
  }

  const statusTag = (user: User) => <Tag color={user.isActive ? "green" : "default"}>{t(user.isActive ? "active" : "inactive")}</Tag>;
  const actions = (user: User) =>
    mayUpdate && (
      <Space size={4} key="actions">
        <Button size="small" onClick={() => setEditing(user)} data-testid={`edit-user-${user.displayName}`}>{t("edit")}</Button>
        {user.id !== me?.id &&
          (user.isActive ? (
            <Popconfirm title={t("confirmDeactivate", { name: user.displayName })} onConfirm={() => void setActive(user, false)}>
              <Button size="small" danger>{t("deactivate")}</Button>
            </Popconfirm>
          ) : (
            <Button size="small" onClick={() => void setActive(user, true)}>{t("reactivate")}</Button>
          ))}
      </Space>
    );
  const personal = (user: User, field: "email" | "phone") => (
    <PersonalValue id={user.id} objectType="user" field={field} value={user[field]} testId={`user-${field}-${user.id}`} />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="users-page">
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("usersTitle")}</Typography.Title>
        {can("user", "create") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="create-user">
            {t("createUser")}
          </Button>
        )}
      </Space>
      <Space wrap style={{ width: "100%" }}>
        <Input.Search
          allowClear
          placeholder={t("searchUsers")}
          aria-label={t("searchUsers")}
          title={t("searchHint")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: isPhone ? "100%" : 260 }}
          data-testid="user-search"
        />
        <TreeSelect
          allowClear
          treeDefaultExpandAll
          placeholder={t("allTeams")}
          value={teamId ?? undefined}
          treeData={teamChoices(teamTree(teams?.teams.nodes ?? []))}
          onChange={(value?: string) => {
            setTeamId(value ?? null);
            pages.reset();
          }}
          style={{ width: isPhone ? "100%" : 220 }}
          aria-label={t("team")}
        />
        <Select<Status>
          value={status}
          onChange={(value) => {
            setStatus(value);
            pages.reset();
          }}
          options={[
            { value: "all", label: t("statusAll") },
            { value: "active", label: t("active") },
            { value: "inactive", label: t("inactive") },
          ]}
          style={{ width: 120 }}
          aria-label={t("status")}
        />
      </Space>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />}
      {isPhone ? (
        <List<User>
          loading={fetching}
          dataSource={rows}
          renderItem={(user) => (
            <Card size="small" style={{ marginBottom: 8 }} title={<Space>{user.displayName}{statusTag(user)}</Space>} extra={actions(user)}>
              <Space orientation="vertical" size={2}>
                <Typography.Text type="secondary">{[user.role && roleLabel(user.role), user.team?.name].filter(Boolean).join(" · ")}</Typography.Text>
                {personal(user, "email")}
                {personal(user, "phone")}
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          loading={fetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          onRow={(user) => ({ "data-testid": `user-row-${user.displayName}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { key: "name", title: t("name"), render: (_, user) => user.displayName },
            { key: "email", title: t("email"), render: (_, user) => personal(user, "email") },
            { key: "phone", title: t("phone"), render: (_, user) => personal(user, "phone") },
            { key: "role", title: t("role"), render: (_, user) => (user.role ? roleLabel(user.role) : t("none")) },
            { key: "team", title: t("team"), render: (_, user) => user.team?.name ?? t("noTeam") },
            { key: "status", title: t("status"), render: (_, user) => statusTag(user) },
            {
              key: "lastLoginAt",
              title: t("lastLoginAt"),
              responsive: ["xl"],
              render: (_, user) => (user.lastLoginAt ? dayjs(user.lastLoginAt).format("YYYY-MM-DD HH:mm") : t("none")),
            },
            ...(mayUpdate ? [{ key: "actions", title: t("actions"), render: (_: unknown, user: User) => actions(user) }] : []),
          ]}
        />
      )}
      <CursorPager pages={pages} connection={connection} />
      {editing && (
        <UserFormModal
          user={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t(editing === "new" ? "userCreated" : "userSaved"));
            setEditing(null);
            refresh();
          }}
        />
      )}
    </Space>
  );
}
