import type { RouteObject } from "react-router";

export const taskRoutes: RouteObject[] = [
  { path: "tasks", lazy: async () => ({ Component: (await import("./TaskListPage")).TaskListPage }) },
  { path: "tasks/calendar", lazy: async () => ({ Component: (await import("./CalendarPage")).CalendarPage }) },
  { path: "tasks/plans", lazy: async () => ({ Component: (await import("./PlansPage")).PlansPage }) },
  { path: "tasks/visits", lazy: async () => ({ Component: (await import("./VisitsPage")).VisitsPage }) },
];
