import type { RouteObject } from "react-router";

export const customerRoutes: RouteObject[] = [
  { path: "customers", lazy: async () => ({ Component: (await import("./CustomersListPage")).CustomersListPage }) },
  { path: "customers/pool", lazy: async () => ({ Component: (await import("./PoolPage")).PoolPage }) },
  { path: "customers/duplicates", lazy: async () => ({ Component: (await import("./DuplicatesPage")).DuplicatesPage }) },
  { path: "customers/merge", lazy: async () => ({ Component: (await import("./MergePage")).MergePage }) },
  { path: "customers/bin", lazy: async () => ({ Component: (await import("./RecycleBinPage")).RecycleBinPage }) },
  { path: "customers/:id", lazy: async () => ({ Component: (await import("./CustomerDetailPage")).CustomerDetailPage }) },
];
