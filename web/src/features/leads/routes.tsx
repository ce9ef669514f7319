import type { RouteObject } from "react-router";

import { LeadDetailPage } from "./LeadDetailPage";
import { LeadsListPage } from "./LeadsListPage";

export const leadRoutes: RouteObject[] = [
  { path: "leads", element: <LeadsListPage /> },
  { path: "leads/:id", element: <LeadDetailPage /> },
];
