// The week view: seven day columns (Monday first), each with its tasks in due order. On a phone
// the days stack.
import { Card, Col, Grid, Row, theme, Typography } from "antd";
import dayjs from "dayjs";

import { CalendarTaskChip } from "./CalendarTaskChip";
import type { TaskRow } from "./taskColumns";
import { weekDays } from "./time";

export function WeekGrid({ date, today, byDay, zone, onOpen }: { date: string; today: string; byDay: Map<string, TaskRow[]>; zone: string; onOpen: (task: TaskRow) => void }) {
  const { token } = theme.useToken();
  const isPhone = Grid.useBreakpoint().md === false;
  return (
    <Row gutter={[8, 8]} wrap={isPhone} data-testid="week-grid">
      {weekDays(date).map((day) => (
        <Col key={day} flex={isPhone ? "100%" : "1 1 0"} style={{ minWidth: 0 }}>
          <Card
            size="small"
            data-testid={`week-day-${day}`}
            title={
              <Typography.Text strong={day === today} style={{ color: day === today ? token.colorPrimary : undefined }}>
                {dayjs(day).format("ddd MM-DD")}
              </Typography.Text>
            }
            styles={{ body: { minHeight: isPhone ? 0 : 240, padding: 6 } }}
          >
            {(byDay.get(day) ?? []).map((task) => (
              <CalendarTaskChip key={task.id} task={task} zone={zone} onOpen={onOpen} />
            ))}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
