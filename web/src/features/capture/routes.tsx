import type { RouteObject } from "react-router";

export const captureRoutes: RouteObject[] = [];
