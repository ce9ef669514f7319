import type { RouteObject } from "react-router";

export const leadRoutes: RouteObject[] = [
  { path: "leads", lazy: async () => ({ Component: (await import("./LeadsListPage")).LeadsListPage }) },
  { path: "leads/import", lazy: async () => ({ Component: (await import("./LeadImportPage")).LeadImportPage }) },
  { path: "leads/:id", lazy: async () => ({ Component: (await import("./LeadDetailPage")).LeadDetailPage }) },
];
