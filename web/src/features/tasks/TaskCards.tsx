// The task list on a phone: one card per task, with a checkbox for the batch actions.
import { Card, Checkbox, Empty, Space, Spin, Typography } from "antd";

import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { subjectLabel, useZone } from "./shared";
import { StatusTag, type TaskRow } from "./taskColumns";
import { formatDue } from "./time";

export function TaskCards({
  tasks,
  loading,
  selected,
  onToggle,
  onOpen,
}: {
  tasks: TaskRow[];
  loading: boolean;
  selected: Map<string, TaskRow>;
  onToggle: (task: TaskRow, on: boolean) => void;
  onOpen: (task: TaskRow) => void;
}) {
  const t = useT(taskMessages);
  const zone = useZone();
  if (!loading && tasks.length === 0) return <Empty />;
  return (
    <Spin spinning={loading}>
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="task-cards">
        {tasks.map((task) => (
          <Card key={task.id} size="small" data-testid={`task-card-${task.title ?? task.id}`}>
            <Space align="start" style={{ width: "100%" }}>
              <Checkbox checked={selected.has(task.id)} onChange={(e) => onToggle(task, e.target.checked)} aria-label={task.title ?? task.id} />
              <div>
                <Typography.Link strong onClick={() => onOpen(task)}>{task.title ?? "—"}</Typography.Link>{" "}
                <StatusTag task={task} t={t} />
                <div>
                  <Typography.Text type={task.isOverdue ? "danger" : undefined}>{formatDue(task.dueAt, zone)}</Typography.Text>
                  {task.type && <Typography.Text type="secondary"> · {task.type.name}</Typography.Text>}
                </div>
                <Typography.Text type="secondary">
                  {[subjectLabel(task.subject) ?? t("noSubject"), task.assignee?.displayName].filter(Boolean).join(" · ")}
                </Typography.Text>
              </div>
            </Space>
          </Card>
        ))}
      </Space>
    </Spin>
  );
}
