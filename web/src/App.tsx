import { Result, Button, Spin } from "antd";
import { useMemo } from "react";
import { createBrowserRouter, Navigate, type RouteObject, RouterProvider, useLocation, useNavigate, Outlet } from "react-router";
import { Provider as UrqlProvider } from "urql";

import { createApiClient } from "./api/client";
import { AuthProvider, useAuth } from "./auth/AuthProvider";
import { LoginPage } from "./auth/LoginPage";
import { captureRoutes } from "./features/capture/routes";
import { customerRoutes } from "./features/customers/routes";
import { leadRoutes } from "./features/leads/routes";
import { pipelineRoutes } from "./features/pipeline/routes";
import { settingsRoutes } from "./features/settings/routes";
import { taskRoutes } from "./features/tasks/routes";
import { workbenchRoutes } from "./features/workbench/routes";
import { LocaleProvider, useT } from "./i18n";
import { AppLayout } from "./layout/AppLayout";
import { shellMessages } from "./layout/messages";
import { ThemeProvider } from "./theme/ThemeProvider";

function RequireSignIn() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const t = useT(shellMessages);
  if (loading) return <Spin fullscreen tip={t("loading")} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

function NotFound() {
  const t = useT(shellMessages);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("notFound")}
      extra={<Button onClick={() => navigate("/")}>{t("backHome")}</Button>}
    />
  );
}

// The features' screens are loaded lazily (`lazy` in their routes.tsx), each its own chunk
// fetched when first opened: the first load carries the shell and the workbench only.
export const routes: RouteObject[] = [
  { path: "/login", element: <LoginPage /> },
  {
    element: <RequireSignIn />,
    children: [
      {
        element: <AppLayout />,
        children: [
          ...workbenchRoutes,
          ...leadRoutes,
          ...customerRoutes,
          ...pipelineRoutes,
          ...taskRoutes,
          ...captureRoutes,
          ...settingsRoutes,
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
];

export function App() {
  const client = useMemo(() => createApiClient(), []);
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <LocaleProvider>
      <ThemeProvider>
        <UrqlProvider value={client}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </UrqlProvider>
      </ThemeProvider>
    </LocaleProvider>
  );
}
