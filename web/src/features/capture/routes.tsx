import type { RouteObject } from "react-router";

import { CaptureLayout } from "./CaptureLayout";
import { EventsPage } from "./events/EventsPage";
import { FormBuilderPage } from "./forms/FormBuilderPage";
import { FormsPage } from "./forms/FormsPage";
import { RoutingPage } from "./routing/RoutingPage";
import { ScoringPage } from "./scoring/ScoringPage";
import { WebhooksPage } from "./webhooks/WebhooksPage";
import { WechatPage } from "./wechat/WechatPage";

export const captureRoutes: RouteObject[] = [
  {
    path: "capture",
    element: <CaptureLayout />,
    children: [
      { path: "routing", element: <RoutingPage /> },
      { path: "scoring", element: <ScoringPage /> },
      { path: "forms", element: <FormsPage /> },
      { path: "forms/new", element: <FormBuilderPage /> },
      { path: "forms/:id", element: <FormBuilderPage /> },
      { path: "events", element: <EventsPage /> },
      { path: "webhooks", element: <WebhooksPage /> },
      { path: "wechat", element: <WechatPage /> },
    ],
  },
];
