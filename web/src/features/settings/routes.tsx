import type { RouteObject } from "react-router";

export const settingsRoutes: RouteObject[] = [
  {
    path: "settings",
    lazy: async () => ({ Component: (await import("./SettingsLayout")).SettingsLayout }),
    children: [
      { index: true, element: null },
      { path: "profile", lazy: async () => ({ Component: (await import("./PreferencesPage")).PreferencesPage }) },
      { path: "appearance", lazy: async () => ({ Component: (await import("./AppearancePage")).AppearancePage }) },
      { path: "users", lazy: async () => ({ Component: (await import("./UsersPage")).UsersPage }) },
      { path: "teams", lazy: async () => ({ Component: (await import("./TeamsPage")).TeamsPage }) },
      { path: "roles", lazy: async () => ({ Component: (await import("./RolesPage")).RolesPage }) },
      { path: "audit", lazy: async () => ({ Component: (await import("./AuditPage")).AuditPage }) },
    ],
  },
];
