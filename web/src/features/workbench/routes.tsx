import type { RouteObject } from "react-router";

import { WorkbenchPage } from "./WorkbenchPage";

export const workbenchRoutes: RouteObject[] = [{ index: true, element: <WorkbenchPage /> }];
