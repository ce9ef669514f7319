// The bell: the unread count, the latest notifications, and new ones as they arrive over the
// subscription (with a toast), from any API process. After a reconnect the subscription resumes
// from the last notification seen, so nothing is missed and nothing shows twice.
import { BellOutlined } from "@ant-design/icons";
import { App, Badge, Button, Empty, List, Popover, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";

import { graphql } from "../gql";
import { useT } from "../i18n";
import { shellMessages } from "./messages";

const RECENT = graphql(`
  query RecentNotifications {
    notifications(first: 10) { nodes { id kind title body createdAt readAt } }
    unreadNotificationCount
  }
`);

const LIVE = graphql(`
  subscription LiveNotifications($after: ID) {
    notifications(after: $after) { id kind title body createdAt readAt }
  }
`);

const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markNotificationsRead(input: { all: true }) { userErrors { code message } }
  }
`);

export interface BellItem {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  readAt?: string | null;
}

export function NotificationBell() {
  const t = useT(shellMessages);
  const { notification } = App.useApp();
  const [{ data }, refetch] = useQuery({ query: RECENT, requestPolicy: "cache-and-network" });
  const [, markAllRead] = useMutation(MARK_ALL_READ);
  const [live, setLive] = useState<BellItem[]>([]);
  const seen = useRef<Set<string>>(new Set());
  // Subscribe from the newest notification listed: what arrives after it, and after a
  // reconnect what was missed meanwhile (the ids already shown are skipped).
  const [after, setAfter] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (data && after === undefined) setAfter(data.notifications.nodes[0]?.id ?? null);
  }, [data, after]);
  const [{ data: arrived }] = useSubscription({
    query: LIVE,
    variables: { after: after ?? null },
    pause: after === undefined,
  });
  useEffect(() => {
    const item = arrived?.notifications;
    if (!item || seen.current.has(item.id) || item.id === after) return;
    seen.current.add(item.id);
    setLive((items) => [item, ...items]);
    // Bottom left: every page keeps its own actions at the top right and its pager at the
    // bottom right, and a toast over them would stay there while the pointer rests on it.
    notification.info({ message: item.title, description: item.body, placement: "bottomLeft" });
  }, [arrived, notification]);

  const stored = data?.notifications.nodes ?? [];
  const storedIds = new Set(stored.map((n) => n.id));
  const items = [...live.filter((n) => !storedIds.has(n.id)), ...stored].slice(0, 10);
  const unread = (data?.unreadNotificationCount ?? 0) + live.filter((n) => !storedIds.has(n.id)).length;

  const content = (
    <div className="bell-panel">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noNotifications")} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item data-testid="notification-item" className={item.readAt ? "read" : "unread"}>
              <List.Item.Meta
                title={item.title}
                description={
                  <>
                    <div>{item.body}</div>
                    <Typography.Text type="secondary">{dayjs(item.createdAt).format("MM-DD HH:mm")}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Button
        type="link"
        disabled={unread === 0}
        onClick={async () => {
          await markAllRead({});
          setLive([]);
          refetch({ requestPolicy: "network-only" });
        }}
      >
        {t("markAllRead")}
      </Button>
    </div>
  );
  return (
    <Popover content={content} title={t("notifications")} trigger="click" placement="bottomRight">
      <Badge count={unread} size="small" data-testid="notification-count">
        <Button type="text" aria-label={t("notifications")} icon={<BellOutlined />} />
      </Badge>
    </Popover>
  );
}
