// The task table's columns; DUE_AT, PRIORITY and CREATED_AT sort on the server.
import { Button, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";

import type { TaskFieldsFragment, TaskOrderField } from "../../gql/graphql";
import type { Translate } from "../../i18n";
import type { TaskMessageKey } from "./messages";
import { PRIORITY_COLORS, STATUS_COLORS, subjectLabel } from "./shared";
import { formatDue } from "./time";

export type TaskRow = TaskFieldsFragment;

export const SORT_ORDERS: Record<string, TaskOrderField> = { dueAt: "DUE_AT", priority: "PRIORITY", createdAt: "CREATED_AT" };

export function StatusTag({ task, t }: { task: TaskRow; t: Translate<TaskMessageKey> }) {
  return (
    <Space size={4}>
      <Tag color={STATUS_COLORS[task.status]}>{t(task.status)}</Tag>
      {task.isOverdue && <Tag color="error">{t("overdue")}</Tag>}
    </Space>
  );
}

export function taskColumns(t: Translate<TaskMessageKey>, zone: string, onOpen: (task: TaskRow) => void): ColumnsType<TaskRow> {
  return [
    {
      key: "title",
      title: t("taskTitle"),
      render: (_, task) => (
        <Button type="link" style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "left" }} onClick={() => onOpen(task)}>
          {task.title ?? "—"}
        </Button>
      ),
    },
    { key: "type", title: t("type"), render: (_, task) => task.type?.name ?? "—" },
    {
      key: "subject",
      title: t("subject"),
      render: (_, task) =>
        task.subject ? (
          <Typography.Text>
            <Typography.Text type="secondary">{t(task.subject.__typename as TaskMessageKey)} · </Typography.Text>
            {subjectLabel(task.subject)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t("noSubject")}</Typography.Text>
        ),
    },
    { key: "assignee", title: t("assignee"), render: (_, task) => task.assignee?.displayName ?? "—" },
    {
      key: "dueAt",
      title: t("due"),
      sorter: true,
      render: (_, task) => (
        <Typography.Text type={task.isOverdue ? "danger" : undefined}>{formatDue(task.dueAt, zone)}</Typography.Text>
      ),
    },
    { key: "priority", title: t("priority"), sorter: true, render: (_, task) => <Tag color={PRIORITY_COLORS[task.priority]}>{t(task.priority)}</Tag> },
    { key: "status", title: t("status"), render: (_, task) => <StatusTag task={task} t={t} /> },
    { key: "createdAt", title: t("createdAt"), sorter: true, render: (_, task) => formatDue(task.createdAt, zone) },
  ];
}
