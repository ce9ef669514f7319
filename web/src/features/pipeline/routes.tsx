import type { RouteObject } from "react-router";

export const pipelineRoutes: RouteObject[] = [
  { path: "pipeline", lazy: async () => ({ Component: (await import("./KanbanPage")).KanbanPage }) },
  { path: "pipeline/opportunities/:id", lazy: async () => ({ Component: (await import("./OpportunityDetailPage")).OpportunityDetailPage }) },
];
