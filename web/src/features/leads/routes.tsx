import type { RouteObject } from "react-router";

export const leadRoutes: RouteObject[] = [];
