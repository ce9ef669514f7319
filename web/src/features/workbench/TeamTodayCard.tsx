// "My team today": overdue and due-today tasks per member for those who assign tasks; a rep
// sees their own day's counts instead.
import { Card, Col, Empty, Row, Select, Statistic, Table, Typography } from "antd";
import { type HTMLAttributes, useState } from "react";
import { useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useLocale, useT } from "../../i18n";
import { CardState } from "./CardState";
import { formatCount } from "./format";
import { workbenchMessages } from "./messages";
import { MY_DAY, TEAM_DAY, VISIBLE_TEAMS } from "./queries";

interface Counts {
  overdue: number;
  dueToday: number;
  doneToday: number;
  open: number;
}

interface MemberRow {
  key: string;
  name: string;
  counts: Counts;
}

function TeamTable({ teamId }: { teamId: string }) {
  const t = useT(workbenchMessages);
  const { locale } = useLocale();
  const query = useQuery({ query: TEAM_DAY, variables: { teamId } });
  const data = query[0].data;
  const rows: MemberRow[] = (data?.teamDay.members ?? []).map((m) => ({
    key: m.rep.id,
    name: m.rep.displayName,
    counts: m.counts,
  }));
  const count = (key: keyof Counts) => ({
    title: t(key),
    key,
    align: "right" as const,
    render: (_: unknown, row: MemberRow) => (
      <Typography.Text type={key === "overdue" && row.counts.overdue > 0 ? "danger" : undefined} data-testid={`team-${key}`}>
        {formatCount(row.counts[key], locale)}
      </Typography.Text>
    ),
  });
  return (
    <CardState query={query} empty={{ when: rows.length === 0, text: t("noMembers") }}>
      <Table<MemberRow>
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: "max-content" }}
        data-testid="team-table"
        onRow={(row) => ({ "data-testid": `team-row-${row.name}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("rep"), dataIndex: "name", key: "name", fixed: "left" },
          count("overdue"),
          count("dueToday"),
          count("doneToday"),
          count("open"),
        ]}
      />
    </CardState>
  );
}

function MyDayCounts() {
  const t = useT(workbenchMessages);
  const { locale } = useLocale();
  const query = useQuery({ query: MY_DAY });
  const data = query[0].data;
  const counts = data?.myDay.counts;
  return (
    <CardState query={query}>
      <Row gutter={[16, 16]}>
        {(["overdue", "dueToday", "doneToday", "open"] as const).map((key) => (
          <Col xs={12} md={6} key={key}>
            <Statistic
              title={t(key)}
              value={counts ? formatCount(counts[key], locale) : "—"}
              styles={{ content: key === "overdue" && (counts?.overdue ?? 0) > 0 ? { color: "#cf1322" } : undefined }}
              data-testid={`my-${key}`}
            />
          </Col>
        ))}
      </Row>
    </CardState>
  );
}

/** For those who lead several teams (a director): which team's day to show, their own first. */
function TeamDayCard({ ownTeam }: { ownTeam: { id: string; name: string } | null }) {
  const t = useT(workbenchMessages);
  const [{ data }] = useQuery({ query: VISIBLE_TEAMS });
  const teams = data?.teams.nodes ?? (ownTeam ? [ownTeam] : []);
  const [chosen, setChosen] = useState<string | null>(null);
  const teamId = chosen ?? ownTeam?.id ?? teams[0]?.id ?? null;
  const name = teams.find((team) => team.id === teamId)?.name ?? ownTeam?.name ?? "";
  const picker =
    teams.length > 1 ? (
      <Select
        size="small"
        value={teamId}
        onChange={setChosen}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
        style={{ minWidth: 140 }}
        aria-label={t("team")}
        data-testid="team-picker"
      />
    ) : null;
  return (
    <Card title={name ? `${t("teamToday")} · ${name}` : t("teamToday")} extra={picker} data-testid="team-today-card">
      {teamId ? <TeamTable teamId={teamId} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noTeam")} />}
    </Card>
  );
}

export function TeamTodayCard() {
  const t = useT(workbenchMessages);
  const { me, can } = useAuth();
  // teamDay is for those who assign tasks (a manager); everyone else sees their own day.
  if (can("task", "assign")) return <TeamDayCard ownTeam={me?.team ?? null} />;
  return (
    <Card title={t("myToday")} data-testid="my-today-card">
      <MyDayCounts />
    </Card>
  );
}
