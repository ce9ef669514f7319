import type { RouteObject } from "react-router";

import { LeadDetailPage } from "./LeadDetailPage";
import { LeadImportPage } from "./LeadImportPage";
import { LeadsListPage } from "./LeadsListPage";

export const leadRoutes: RouteObject[] = [
  { path: "leads", element: <LeadsListPage /> },
  { path: "leads/import", element: <LeadImportPage /> },
  { path: "leads/:id", element: <LeadDetailPage /> },
];
