import type { RouteObject } from "react-router";

import { KanbanPage } from "./KanbanPage";
import { OpportunityDetailPage } from "./OpportunityDetailPage";

export const pipelineRoutes: RouteObject[] = [
  { path: "pipeline", element: <KanbanPage /> },
  { path: "pipeline/opportunities/:id", element: <OpportunityDetailPage /> },
];
