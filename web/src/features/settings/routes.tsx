import type { RouteObject } from "react-router";

import { AppearancePage } from "./AppearancePage";
import { AuditPage } from "./AuditPage";
import { PreferencesPage } from "./PreferencesPage";
import { RolesPage } from "./RolesPage";
import { SettingsLayout } from "./SettingsLayout";
import { TeamsPage } from "./TeamsPage";
import { UsersPage } from "./UsersPage";

export const settingsRoutes: RouteObject[] = [
  {
    path: "settings",
    element: <SettingsLayout />,
    children: [
      { index: true, element: null },
      { path: "profile", element: <PreferencesPage /> },
      { path: "appearance", element: <AppearancePage /> },
      { path: "users", element: <UsersPage /> },
      { path: "teams", element: <TeamsPage /> },
      { path: "roles", element: <RolesPage /> },
      { path: "audit", element: <AuditPage /> },
    ],
  },
];
