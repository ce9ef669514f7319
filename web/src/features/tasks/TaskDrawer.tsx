// One task opened from the list or the calendar: what it is, when, about whom, what happened,
// and the changes the reader may make (edit, complete, postpone, reassign, cancel, reopen).
import { App, Button, Descriptions, Drawer, Grid, Space, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { type TaskMessageKey, taskMessages } from "./messages";
import { REOPEN_TASK, TASK } from "./queries";
import { problems, subjectLabel, useZone } from "./shared";
import { type TaskAction, TaskActionModal } from "./TaskActionModal";
import { StatusTag, type TaskRow } from "./taskColumns";
import { TaskFormModal } from "./TaskFormModal";
import { formatDue } from "./time";

export function TaskDrawer({ taskId, onClose, onChanged }: { taskId: string; onClose: () => void; onChanged: () => void }) {
  const t = useT(taskMessages);
  const zone = useZone();
  const { can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const [{ data, fetching }, refetch] = useQuery({ query: TASK, variables: { id: taskId } });
  const [, reopen] = useMutation(REOPEN_TASK);
  const [action, setAction] = useState<TaskAction | "edit" | null>(null);
  const task: TaskRow | null = data?.node?.__typename === "Task" ? data.node : null;

  const changed = (text: string) => {
    message.success(text);
    setAction(null);
    refetch({ requestPolicy: "network-only" });
    onChanged();
  };
  const doReopen = async () => {
    if (!task) return;
    const result = await reopen({ input: { id: task.id, idempotencyKey: crypto.randomUUID() } });
    const errors = problems(t, result.error, result.data?.reopenTask.userErrors);
    if (errors.length > 0) message.error(errors.join("；"));
    else changed(t("reopened"));
  };

  const mayUpdate = can("task", "update");
  const open = task?.status === "OPEN";
  return (
    <Drawer open onClose={onClose} title={t("taskDetail")} size={isPhone ? "100%" : 520} loading={fetching && !task} data-testid="task-drawer">
      {task && (
        <>
          <Typography.Title level={4} data-testid="task-drawer-title">{task.title}</Typography.Title>
          <Space wrap style={{ marginBottom: 16 }}>
            <StatusTag task={task} t={t} />
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("due")}><span data-testid="task-drawer-due">{formatDue(task.dueAt, zone)}</span></Descriptions.Item>
            <Descriptions.Item label={t("type")}>{task.type?.name ?? "—"}</Descriptions.Item>
            <Descriptions.Item label={t("priority")}>{t(task.priority)}</Descriptions.Item>
            <Descriptions.Item label={t("subject")}>
              {task.subject ? `${t(task.subject.__typename as TaskMessageKey)} · ${subjectLabel(task.subject)}` : t("noSubject")}
            </Descriptions.Item>
            <Descriptions.Item label={t("assignee")}><span data-testid="task-drawer-assignee">{task.assignee?.displayName ?? "—"}</span></Descriptions.Item>
            <Descriptions.Item label={t("reminders")}>{task.reminders.map((r) => formatDue(r.firesAt, zone)).join("、") || "—"}</Descriptions.Item>
            {task.notes ? <Descriptions.Item label={t("notes")}>{task.notes}</Descriptions.Item> : null}
            {task.postponedCount > 0 ? (
              <Descriptions.Item label={t("lastPostponeReason")}>
                {t("postponedTimes", { count: task.postponedCount })} · {task.lastPostponeReason}
              </Descriptions.Item>
            ) : null}
            {task.status === "DONE" ? <Descriptions.Item label={t("completedAt")}>{formatDue(task.completedAt, zone)}</Descriptions.Item> : null}
            {task.status === "DONE" ? <Descriptions.Item label={t("outcome")}><span data-testid="task-drawer-outcome">{task.outcome || "—"}</span></Descriptions.Item> : null}
            {task.status === "CANCELLED" ? <Descriptions.Item label={t("cancelReason")}>{task.cancelReason}</Descriptions.Item> : null}
          </Descriptions>
          {mayUpdate && (
            <Space wrap style={{ marginTop: 16 }}>
              {open && <Button type="primary" onClick={() => setAction("complete")}>{t("complete")}</Button>}
              {open && <Button onClick={() => setAction("postpone")}>{t("postpone")}</Button>}
              {open && <Button onClick={() => setAction("edit")}>{t("edit")}</Button>}
              {open && can("task", "assign") && <Button onClick={() => setAction("assign")}>{t("assign")}</Button>}
              {open && <Button danger onClick={() => setAction("cancel")}>{t("cancelTask")}</Button>}
              {!open && <Button onClick={doReopen}>{t("reopen")}</Button>}
            </Space>
          )}
          {action === "edit" && <TaskFormModal task={task} onClose={() => setAction(null)} onSaved={changed} />}
          {action && action !== "edit" && <TaskActionModal action={action} task={task} onClose={() => setAction(null)} onDone={changed} />}
        </>
      )}
    </Drawer>
  );
}
