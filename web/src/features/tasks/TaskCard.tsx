// A task as a card on a phone (the list's SelectableList adds the checkbox).
import { Typography } from "antd";

import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { subjectLabel, useZone } from "./shared";
import { StatusTag, type TaskRow } from "./taskColumns";
import { formatDue } from "./time";

export function TaskCard({ task, onOpen }: { task: TaskRow; onOpen: (task: TaskRow) => void }) {
  const t = useT(taskMessages);
  const zone = useZone();
  return (
    <>
      <Typography.Link strong onClick={() => onOpen(task)}>{task.title ?? "—"}</Typography.Link>{" "}
      <StatusTag task={task} t={t} />
      <div>
        <Typography.Text type={task.isOverdue ? "danger" : undefined}>{formatDue(task.dueAt, zone)}</Typography.Text>
        {task.type && <Typography.Text type="secondary"> · {task.type.name}</Typography.Text>}
      </div>
      <Typography.Text type="secondary">
        {[subjectLabel(task.subject) ?? t("noSubject"), task.assignee?.displayName].filter(Boolean).join(" · ")}
      </Typography.Text>
    </>
  );
}
