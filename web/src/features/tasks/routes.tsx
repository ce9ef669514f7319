import type { RouteObject } from "react-router";

import { CalendarPage } from "./CalendarPage";
import { PlansPage } from "./PlansPage";
import { TaskListPage } from "./TaskListPage";

export const taskRoutes: RouteObject[] = [
  { path: "tasks", element: <TaskListPage /> },
  { path: "tasks/calendar", element: <CalendarPage /> },
  { path: "tasks/plans", element: <PlansPage /> },
];
