// 任务日历: the same tasks by day, a month (antd Calendar) or a week at a time, mine or (for those
// who assign) the team's; a click on a task opens it. Days are the user's zone's days. A busy
// day's cell scrolls (antd keeps the cell's height).
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Alert, Badge, Button, Calendar, Card, Grid, Segmented, Space, Spin } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import type { Scope } from "./filters";
import { CalendarTaskChip } from "./CalendarTaskChip";
import { taskMessages } from "./messages";
import { useZone } from "./shared";
import { TaskDrawer } from "./TaskDrawer";
import { TasksTabs } from "./TasksTabs";
import { inZone, monthGrid, weekDays } from "./time";
import { CALENDAR_LIMIT, useCalendarTasks } from "./useCalendarTasks";
import { WeekGrid } from "./WeekGrid";

type View = "month" | "week";

export function CalendarPage() {
  const t = useT(taskMessages);
  const zone = useZone();
  const { can } = useAuth();
  const today = inZone(dayjs(), zone).format("YYYY-MM-DD");
  const [view, setView] = useState<View>("month");
  const [scope, setScope] = useState<Scope>("mine");
  const [date, setDate] = useState<string>(today);
  const [openId, setOpenId] = useState<string | null>(null);
  const isPhone = Grid.useBreakpoint().md === false;

  const week = weekDays(date);
  const range = view === "month" ? monthGrid(date) : { from: week[0]!, to: week[6]! };
  const { byDay, fetching, error, truncated, refresh } = useCalendarTasks(range.from, range.to, scope);

  const cell = (day: Dayjs) => {
    const tasks = byDay.get(day.format("YYYY-MM-DD")) ?? [];
    // A phone's small calendar marks the days with tasks; the chosen day's are listed below it.
    if (isPhone) return tasks.length > 0 ? <Badge status="processing" data-testid={`calendar-day-${day.format("YYYY-MM-DD")}`} /> : null;
    return (
      <div data-testid={`calendar-day-${day.format("YYYY-MM-DD")}`}>
        {tasks.map((task) => (
          <CalendarTaskChip key={task.id} task={task} zone={zone} onOpen={(one) => setOpenId(one.id)} />
        ))}
      </div>
    );
  };

  return (
    <div data-testid="tasks-calendar">
      <TasksTabs />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: "month", label: t("month") },
            { value: "week", label: t("week") },
          ]}
          data-testid="calendar-view"
        />
        {can("task", "assign") && (
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: "mine", label: t("scopeMine") },
              { value: "team", label: t("scopeTeam") },
            ]}
            data-testid="calendar-scope"
          />
        )}
        {view === "week" && (
          <Space.Compact>
            <Button icon={<LeftOutlined />} aria-label={t("prevWeek")} onClick={() => setDate(dayjs(date).subtract(7, "day").format("YYYY-MM-DD"))} />
            <Button onClick={() => setDate(today)}>{t("today")}</Button>
            <Button icon={<RightOutlined />} aria-label={t("nextWeek")} onClick={() => setDate(dayjs(date).add(7, "day").format("YYYY-MM-DD"))} />
          </Space.Compact>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      {truncated && <Alert type="warning" showIcon title={t("truncated", { count: CALENDAR_LIMIT })} style={{ marginBottom: 12 }} />}
      <Spin spinning={fetching}>
        {view === "month" ? (
          <Calendar
            value={dayjs(date)}
            onPanelChange={(value) => setDate(value.format("YYYY-MM-DD"))}
            onSelect={(value, info) => info.source === "date" && setDate(value.format("YYYY-MM-DD"))}
            cellRender={(value, info) => (info.type === "date" ? cell(value) : info.originNode)}
            mode="month"
            fullscreen={!isPhone}
          />
        ) : (
          <WeekGrid date={date} today={today} byDay={byDay} zone={zone} onOpen={(task) => setOpenId(task.id)} />
        )}
      </Spin>
      {isPhone && view === "month" && (
        <Card size="small" title={date} style={{ marginTop: 8 }} data-testid="calendar-day-list">
          {(byDay.get(date) ?? []).map((task) => (
            <CalendarTaskChip key={task.id} task={task} zone={zone} onOpen={(one) => setOpenId(one.id)} />
          ))}
        </Card>
      )}
      {openId && <TaskDrawer taskId={openId} onClose={() => setOpenId(null)} onChanged={refresh} />}
    </div>
  );
}
