// One audit event in full: who, what, on which object, its before/after changes and details.
import { Descriptions, Drawer, Grid, Tag, Typography } from "antd";
import dayjs from "dayjs";

import type { SettingsAuditEventsQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { prettyJson } from "./audit";
import { label, settingsMessages } from "./messages";

export type AuditEventRow = SettingsAuditEventsQuery["auditEvents"]["nodes"][number];

const RESULT_COLORS = { SUCCESS: "green", FAILURE: "orange", DENIED: "red" } as const;
const SEVERITY_COLORS = { INFO: "default", NOTICE: "blue", WARNING: "orange", CRITICAL: "red" } as const;

export function ResultTag({ event }: { event: Pick<AuditEventRow, "result"> }) {
  const t = useT(settingsMessages);
  return <Tag color={RESULT_COLORS[event.result]}>{label(t, "result", event.result)}</Tag>;
}

export function SeverityTag({ event }: { event: Pick<AuditEventRow, "severity"> }) {
  const t = useT(settingsMessages);
  return <Tag color={SEVERITY_COLORS[event.severity]}>{label(t, "severity", event.severity)}</Tag>;
}

export function AuditDetailDrawer({ event, onClose }: { event: AuditEventRow | null; onClose: () => void }) {
  const t = useT(settingsMessages);
  const isPhone = Grid.useBreakpoint().md === false;
  const code = (value: unknown) => (
    <Typography.Paragraph code style={{ whiteSpace: "pre-wrap", margin: 0, maxWidth: "100%" }}>
      {prettyJson(value)}
    </Typography.Paragraph>
  );
  return (
    <Drawer
      open={event !== null}
      onClose={onClose}
      title={t("detail")}
      placement={isPhone ? "bottom" : "right"}
      size={isPhone ? "large" : 560}
    >
      {event && (
        <div data-testid="audit-detail">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("seq")}>{event.seq}</Descriptions.Item>
            <Descriptions.Item label={t("time")}>{dayjs(event.occurredAt).format("YYYY-MM-DD HH:mm:ss")}</Descriptions.Item>
            <Descriptions.Item label={t("category")}>{label(t, "category", event.category)}</Descriptions.Item>
            <Descriptions.Item label={t("action")}>{event.action}</Descriptions.Item>
            <Descriptions.Item label={t("result")}><ResultTag event={event} /></Descriptions.Item>
            <Descriptions.Item label={t("severity")}><SeverityTag event={event} /></Descriptions.Item>
            <Descriptions.Item label={t("actor")}>{event.actorName}</Descriptions.Item>
            <Descriptions.Item label={t("object")}>{event.objectType ?? t("none")}</Descriptions.Item>
            <Descriptions.Item label={t("objectId")}>{event.objectId ?? t("none")}</Descriptions.Item>
            <Descriptions.Item label={t("changes")}>{code(event.changes)}</Descriptions.Item>
            <Descriptions.Item label={t("details")}>{code(event.details)}</Descriptions.Item>
            <Descriptions.Item label={t("ipAddress")}>{event.ipAddress ?? t("none")}</Descriptions.Item>
            <Descriptions.Item label={t("userAgent")}>{event.userAgent ?? t("none")}</Descriptions.Item>
            <Descriptions.Item label={t("requestId")}>{event.requestId}</Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Drawer>
  );
}
