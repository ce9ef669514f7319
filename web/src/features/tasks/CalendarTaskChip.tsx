// One task in a calendar cell: its time and title, coloured by state, opening it on a click.
import { theme, Typography } from "antd";

import type { TaskRow } from "./taskColumns";
import { inZone } from "./time";

export function CalendarTaskChip({ task, zone, onOpen }: { task: TaskRow; zone: string; onOpen: (task: TaskRow) => void }) {
  const { token } = theme.useToken();
  const colour = task.isOverdue ? token.colorError : task.status === "DONE" ? token.colorSuccess : task.status === "CANCELLED" ? token.colorTextDisabled : token.colorPrimary;
  return (
    <div
      role="button"
      tabIndex={0}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(task);
      }}
      onKeyDown={(event) => event.key === "Enter" && onOpen(task)}
      data-testid="calendar-task"
      style={{
        borderInlineStart: `3px solid ${colour}`,
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusSM,
        padding: "0 4px",
        marginBottom: 2,
        cursor: "pointer",
        overflow: "hidden",
        whiteSpace: "nowrap",
        textOverflow: "ellipsis",
        fontSize: token.fontSizeSM,
        textDecoration: task.status === "CANCELLED" ? "line-through" : undefined,
      }}
      title={task.title ?? ""}
    >
      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>{task.dueAt ? inZone(task.dueAt, zone).format("HH:mm") : ""}</Typography.Text>{" "}
      {task.title}
    </div>
  );
}
