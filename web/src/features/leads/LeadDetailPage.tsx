// 线索详情: the lead's fields as the API returns them (phone and e-mail masked unless the role
// discloses them; where the role may reveal, only by an explicit click, which the API audits), its
// status and the moves allowed from it, owner, score, timeline, follow-ups and assignments.
import { ArrowLeftOutlined, EditOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { PersonalValue } from "../../components/PersonalValue";
import type { LeadStatus } from "../../gql/graphql";
import { useT } from "../../i18n";
import { actionMessages } from "./actionMessages";
import { BatchActionModal } from "./BatchActionModal";
import { ConversionChecklist } from "./ConversionChecklist";
import { EditLeadModal } from "./EditLeadModal";
import { STATUS_COLORS } from "./leadColumns";
import { AssignmentSection, FollowUpSection, ScoreSection, TimelineSection } from "./LeadDetailSections";
import { errorText, leadMessages } from "./messages";
import { CHANGE_LEAD_STATUS, LEAD_DETAIL } from "./queries";

/** What changeLeadStatus allows from each status (docs/api.md, 线索跟踪); closing is separate. */
export const STATUS_MOVES: Record<LeadStatus, ("CONTACTING" | "QUALIFIED")[]> = {
  NEW: ["CONTACTING", "QUALIFIED"],
  CONTACTING: ["QUALIFIED"],
  QUALIFIED: ["CONTACTING"],
  CONVERTED: [],
  CLOSED: [],
};
const OPEN: LeadStatus[] = ["NEW", "CONTACTING", "QUALIFIED"];

export function LeadDetailPage() {
  const t = useT(leadMessages);
  const { message } = App.useApp();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: LEAD_DETAIL, variables: { id } });
  const [, changeStatus] = useMutation(CHANGE_LEAD_STATUS);
  const [statusProblem, setStatusProblem] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const [editing, setEditing] = useState(false);
  const ta = useT(actionMessages);
  const { can } = useAuth();
  const refresh = () => refetch({ requestPolicy: "network-only" });

  if (fetching && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  const lead = data?.node?.__typename === "Lead" ? data.node : null;
  if (!lead) return <Result status="404" title={t("notFound")} extra={<Link to="/leads">{t("back")}</Link>} />;

  const moves = lead.status ? STATUS_MOVES[lead.status] : [];
  const move = async (status: "CONTACTING" | "QUALIFIED") => {
    setStatusProblem(null);
    const result = await changeStatus({ input: { ids: [lead.id], status, idempotencyKey: crypto.randomUUID() } });
    const payload = result.data?.changeLeadStatus;
    const problem = payload?.failures[0] ?? payload?.userErrors[0];
    if (problem) setStatusProblem(errorText(t, problem.code, problem.message));
    else if (result.error) setStatusProblem(result.error.message);
    else {
      message.success(t("done", { count: 1 }));
      refresh();
    }
  };
  const region = [lead.province, lead.city, lead.district].filter(Boolean).join(" ");

  return (
    <div data-testid="lead-detail">
      <Link to="/leads"><ArrowLeftOutlined /> {t("back")}</Link>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={3} data-testid="lead-detail-name">{lead.name ?? "—"}</Typography.Title>
        {can("lead", "update") && lead.status !== "CONVERTED" && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-lead">{ta("edit")}</Button>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t("status")}>
                {lead.status && <Tag color={STATUS_COLORS[lead.status]} data-testid="lead-status">{t(lead.status)}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t("owner")}>
                <span data-testid="lead-owner">{lead.owner?.displayName ?? t("unassigned")}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t("phone")}><PersonalValue id={lead.id} objectType="lead" field="phone" value={lead.phone} testId="lead-phone" /></Descriptions.Item>
              <Descriptions.Item label={t("email")}><PersonalValue id={lead.id} objectType="lead" field="email" value={lead.email} testId="lead-email" /></Descriptions.Item>
              <Descriptions.Item label={t("wechatId")}>{lead.wechatId ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("company")}>{lead.company ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("industry")}>{lead.industry ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("region")}>{region || "—"}</Descriptions.Item>
              <Descriptions.Item label={t("source")}>{lead.source ? t(lead.source) : "—"}{lead.sourceDetail ? ` · ${lead.sourceDetail}` : ""}</Descriptions.Item>
              <Descriptions.Item label={t("campaign")}>{lead.campaign ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t("priority")}>{lead.priority ? t(lead.priority) : "—"}</Descriptions.Item>
              <Descriptions.Item label={t("tags")}>{(lead.tags ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>)}</Descriptions.Item>
              <Descriptions.Item label={t("createdAt")}>{dayjs(lead.createdAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>
              <Descriptions.Item label={t("lastFollowedUpAt")}>
                {lead.lastFollowedUpAt ? dayjs(lead.lastFollowedUpAt).format("YYYY-MM-DD HH:mm") : t("never")}
              </Descriptions.Item>
              {lead.closeReasonLabel && (
                <Descriptions.Item label={t("closeReason")}>{lead.closeReasonLabel}{lead.closeNote ? ` · ${lead.closeNote}` : ""}</Descriptions.Item>
              )}
              {lead.notes && <Descriptions.Item label={t("notes")}>{lead.notes}</Descriptions.Item>}
            </Descriptions>
            <Space wrap style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{moves.length > 0 ? t("moves") : t("noMoves")}</Typography.Text>
              {moves.map((status) => (
                <Button key={status} size="small" onClick={() => move(status)}>{t(status)}</Button>
              ))}
              {lead.status && OPEN.includes(lead.status) && (
                <Button size="small" danger onClick={() => setClosing(true)}>{t("close")}</Button>
              )}
            </Space>
            {statusProblem && <Alert type="error" showIcon title={statusProblem} style={{ marginTop: 8 }} />}
          </Card>
          <div style={{ marginTop: 16 }}><TimelineSection lead={lead} /></div>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" style={{ width: "100%" }} size={16}>
            <ConversionChecklist lead={lead} onChanged={refresh} />
            <ScoreSection lead={lead} />
            <FollowUpSection lead={lead} />
            <AssignmentSection lead={lead} />
          </Space>
        </Col>
      </Row>
      {editing && (
        <EditLeadModal
          lead={lead}
          onClose={() => setEditing(false)}
          onSaved={() => {
            message.success(ta("saved"));
            setEditing(false);
            refresh();
          }}
        />
      )}
      {closing && (
        <BatchActionModal
          action="close"
          leads={[{ id: lead.id, name: lead.name }]}
          onClose={() => setClosing(false)}
          onDone={(_count, finished) => {
            if (finished) setClosing(false);
            refresh();
          }}
        />
      )}
    </div>
  );
}
