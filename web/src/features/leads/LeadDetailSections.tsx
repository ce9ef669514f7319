// The detail page's lists: score breakdown and history, timeline, follow-ups, assignments.
import { Card, Empty, Table, Tag, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";

import type { LeadDetailQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { leadMessages } from "./messages";

export type Lead = Extract<NonNullable<LeadDetailQuery["node"]>, { __typename: "Lead" }>;

/** A plain list of rows: label on the left, detail on the right (Ant's List is deprecated). */
function Rows<T>({ header, items, empty, render }: { header?: ReactNode; items: T[]; empty: string; render: (item: T) => [ReactNode, ReactNode] }) {
  return (
    <div className="lead-rows">
      {header && <div style={{ padding: "8px 0 4px" }}>{header}</div>}
      {items.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        items.map((item, index) => {
          const [left, right] = render(item);
          return (
            <div key={index} style={{ display: "flex", justifyContent: "space-between", gap: 12, padding: "6px 0", borderBottom: "1px solid rgba(5,5,5,0.06)", flexWrap: "wrap" }}>
              <span>{left}</span>
              <span>{right}</span>
            </div>
          );
        })
      )}
    </div>
  );
}

const when = (value?: string | null) => (value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—");

export function ScoreSection({ lead }: { lead: Lead }) {
  const t = useT(leadMessages);
  const history = lead.scoreHistory?.nodes ?? [];
  return (
    <Card title={`${t("score")} · ${lead.score ?? "—"}`} size="small" data-testid="lead-score">
      <Typography.Text strong>{t("scoreBreakdown")}</Typography.Text>
      <Rows
        items={lead.scoreBreakdown?.items ?? []}
        empty={t("empty")}
        render={(item) => [`${item.label}${item.count > 1 ? ` ×${item.count}` : ""}`, item.points > 0 ? `+${item.points}` : item.points]}
      />
      <Typography.Text strong>{t("scoreHistory")}</Typography.Text>
      <Table
        size="small"
        rowKey={(row) => `${row.occurredAt}-${row.scoreAfter}-${row.delta}`}
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={history}
        locale={{ emptyText: t("empty") }}
        columns={[
          { title: t("createdAt"), render: (_, row) => when(row.occurredAt) },
          { title: "Δ", render: (_, row) => (row.delta > 0 ? `+${row.delta}` : row.delta) },
          { title: t("score"), render: (_, row) => `${row.scoreBefore} → ${row.scoreAfter}` },
          {
            title: t("reason"),
            render: (_, row) =>
              [t(`cause_${row.cause}`), row.ruleName ?? row.reason, row.actor?.displayName].filter(Boolean).join(" · "),
          },
        ]}
      />
    </Card>
  );
}

export function TimelineSection({ lead }: { lead: Lead }) {
  const t = useT(leadMessages);
  const entries = lead.timeline.nodes;
  return (
    <Card title={t("timeline")} size="small" data-testid="lead-timeline">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("empty")} />
      ) : (
        <Timeline
          items={entries.map((entry) => ({
            key: entry.id,
            content: (
              <>
                <div>{entry.summary}</div>
                <Typography.Text type="secondary">
                  {when(entry.occurredAt)}{entry.actorName ? ` · ${entry.actorName}` : ""}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}

export function FollowUpSection({ lead }: { lead: Lead }) {
  const t = useT(leadMessages);
  return (
    <Card title={`${t("tasks")} / ${t("communications")}`} size="small" data-testid="lead-followups">
      <Rows
        header={<Typography.Text strong>{t("tasks")}</Typography.Text>}
        items={lead.tasks.nodes}
        empty={t("empty")}
        render={(task) => [
          <>{task.title ?? "—"} {task.isOverdue && <Tag color="red">!</Tag>}</>,
          <Typography.Text type="secondary">{t("due")} {when(task.dueAt)} · {task.assignee?.displayName ?? "—"}</Typography.Text>,
        ]}
      />
      <Rows
        header={<Typography.Text strong>{t("communications")}</Typography.Text>}
        items={lead.communications.nodes}
        empty={t("empty")}
        render={(item) => [
          item.content ?? item.channel,
          <Typography.Text type="secondary">{when(item.occurredAt)} · {item.author?.displayName ?? "—"}</Typography.Text>,
        ]}
      />
    </Card>
  );
}

export function AssignmentSection({ lead }: { lead: Lead }) {
  const t = useT(leadMessages);
  return (
    <Card title={t("assignments")} size="small" data-testid="lead-assignments">
      <Rows
        items={lead.assignments}
        empty={t("empty")}
        render={(a) => [
          <>
            <div>{a.fromOwner?.displayName ?? "—"} → {a.toOwner?.displayName ?? "—"}</div>
            <Typography.Text type="secondary">{a.reason}</Typography.Text>
          </>,
          <Typography.Text type="secondary">{when(a.assignedAt)}</Typography.Text>,
        ]}
      />
    </Card>
  );
}
