import type { RouteObject } from "react-router";

export const captureRoutes: RouteObject[] = [
  {
    path: "capture",
    lazy: async () => ({ Component: (await import("./CaptureLayout")).CaptureLayout }),
    children: [
      { path: "routing", lazy: async () => ({ Component: (await import("./routing/RoutingPage")).RoutingPage }) },
      { path: "scoring", lazy: async () => ({ Component: (await import("./scoring/ScoringPage")).ScoringPage }) },
      { path: "forms", lazy: async () => ({ Component: (await import("./forms/FormsPage")).FormsPage }) },
      { path: "forms/new", lazy: async () => ({ Component: (await import("./forms/FormBuilderPage")).FormBuilderPage }) },
      { path: "forms/:id", lazy: async () => ({ Component: (await import("./forms/FormBuilderPage")).FormBuilderPage }) },
      { path: "events", lazy: async () => ({ Component: (await import("./events/EventsPage")).EventsPage }) },
      { path: "webhooks", lazy: async () => ({ Component: (await import("./webhooks/WebhooksPage")).WebhooksPage }) },
      { path: "wechat", lazy: async () => ({ Component: (await import("./wechat/WechatPage")).WechatPage }) },
    ],
  },
];
