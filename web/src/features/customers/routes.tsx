import type { RouteObject } from "react-router";

import { CustomerDetailPage } from "./CustomerDetailPage";
import { CustomersListPage } from "./CustomersListPage";
import { DuplicatesPage } from "./DuplicatesPage";
import { MergePage } from "./MergePage";
import { PoolPage } from "./PoolPage";
import { RecycleBinPage } from "./RecycleBinPage";

export const customerRoutes: RouteObject[] = [
  { path: "customers", element: <CustomersListPage /> },
  { path: "customers/pool", element: <PoolPage /> },
  { path: "customers/duplicates", element: <DuplicatesPage /> },
  { path: "customers/merge", element: <MergePage /> },
  { path: "customers/bin", element: <RecycleBinPage /> },
  { path: "customers/:id", element: <CustomerDetailPage /> },
];
