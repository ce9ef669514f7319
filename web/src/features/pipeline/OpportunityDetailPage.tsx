// 商机详情: the deal's overview and stage history, its line items (the amount is their sum),
// quotes, the customer's contracts and the deal's orders with their payments. The header moves
// it to another stage, wins, loses or reopens it, and edits its fields.
import { ArrowLeftOutlined, EditOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Result, Row, Select, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { firstProblem } from "./board";
import { CloseDealModal, type CloseMode } from "./CloseDealModal";
import { ContractsSection } from "./ContractsSection";
import { DealOverview, StageHistory } from "./DealOverview";
import { LinesModal, toLineValues } from "./LinesModal";
import { LinesTable } from "./LinesTable";
import { pipelineMessages } from "./messages";
import { OpportunityFormModal } from "./OpportunityFormModal";
import { OrdersSection } from "./OrdersSection";
import { LOSE_OPPORTUNITY, MOVE_STAGE, OPPORTUNITY_DETAIL, PIPELINES, REOPEN_OPPORTUNITY, SET_LINE_ITEMS, WIN_OPPORTUNITY } from "./queries";
import { QuotesSection } from "./QuotesSection";
import { useOutcome } from "./useOutcome";

export function OpportunityDetailPage() {
  const t = useT(pipelineMessages);
  const { message } = App.useApp();
  const { can } = useAuth();
  const outcome = useOutcome();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OPPORTUNITY_DETAIL, variables: { id } });
  const [{ data: settings }] = useQuery({ query: PIPELINES });
  const [, moveStage] = useMutation(MOVE_STAGE);
  const [, win] = useMutation(WIN_OPPORTUNITY);
  const [, lose] = useMutation(LOSE_OPPORTUNITY);
  const [, reopen] = useMutation(REOPEN_OPPORTUNITY);
  const [, setLineItems] = useMutation(SET_LINE_ITEMS);
  const [closing, setClosing] = useState<CloseMode | null>(null);
  const [editing, setEditing] = useState(false);
  const [editingLines, setEditingLines] = useState(false);
  const refresh = () => refetch({ requestPolicy: "network-only" });

  if (fetching && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  const deal = data?.node?.__typename === "Opportunity" ? data.node : null;
  if (!deal) return <Result status="404" title={t("notFound")} extra={<Link to="/pipeline">{t("back")}</Link>} />;

  const mayUpdate = can("opportunity", "update");
  const open = deal.status === "OPEN";
  const stages = deal.pipeline?.stages ?? [];
  const key = () => crypto.randomUUID();

  const moveTo = async (stageId: string) => {
    const target = stages.find((s) => s.id === stageId);
    if (target?.kind === "WON") return setClosing("win");
    if (target?.kind === "LOST") return setClosing("lose");
    const r = await moveStage({ input: { id: deal.id, stageId, idempotencyKey: key() } });
    if (outcome(r.data?.moveOpportunityStage, r.error, t("moved", { stage: target?.name ?? "" }))) refresh();
  };

  const submitClosing = async (values: { reasonId?: string; note?: string; stageId?: string }): Promise<string | null> => {
    const note = values.note?.trim() || null;
    const r =
      closing === "win"
        ? await win({ input: { id: deal.id, wonReasonId: values.reasonId ?? null, note, idempotencyKey: key() } }).then((x) => ({ p: x.data?.winOpportunity, e: x.error }))
        : closing === "lose"
          ? await lose({ input: { id: deal.id, lostReasonId: values.reasonId ?? null, note, idempotencyKey: key() } }).then((x) => ({ p: x.data?.loseOpportunity, e: x.error }))
          : await reopen({ input: { id: deal.id, stageId: values.stageId ?? null, idempotencyKey: key() } }).then((x) => ({ p: x.data?.reopenOpportunity, e: x.error }));
    const problem = firstProblem(r.p, r.e);
    if (!problem) {
      message.success(t(closing === "win" ? "won" : closing === "lose" ? "lost" : "reopened"));
      refresh();
    }
    return problem;
  };

  return (
    <div data-testid="opportunity-detail">
      <Link to="/pipeline"><ArrowLeftOutlined /> {t("back")}</Link>
      <Space style={{ width: "100%", justifyContent: "space-between", margin: "8px 0 16px" }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="opportunity-name">{deal.name ?? "—"}</Typography.Title>
        <Space wrap>
          {mayUpdate && open && (
            <Select
              aria-label={t("moveTo")}
              placeholder={t("moveTo")}
              style={{ width: 160 }}
              value={null}
              onChange={(stageId: string) => void moveTo(stageId)}
              options={stages.filter((s) => s.id !== deal.stage?.id).map((s) => ({ value: s.id, label: s.name }))}
              data-testid="detail-move"
            />
          )}
          {mayUpdate && open && <Button onClick={() => setClosing("win")}>{t("win")}</Button>}
          {mayUpdate && open && <Button danger onClick={() => setClosing("lose")}>{t("lose")}</Button>}
          {!open && can("opportunity", "assign") && <Button onClick={() => setClosing("reopen")}>{t("reopen")}</Button>}
          {mayUpdate && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t("edit")}</Button>}
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" style={{ width: "100%" }} size={16}>
            <DealOverview deal={deal} />
            <Card
              size="small"
              title={t("lineItems")}
              data-testid="deal-line-items"
              extra={mayUpdate && open && <Button size="small" onClick={() => setEditingLines(true)} data-testid="edit-lines">{t("editLines")}</Button>}
            >
              <LinesTable lines={deal.lineItems} currency={deal.currency ?? "CNY"} testId="line-items" />
            </Card>
            <QuotesSection deal={deal} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <StageHistory deal={deal} />
        </Col>
        <Col xs={24} lg={12}><ContractsSection deal={deal} /></Col>
        <Col xs={24} lg={12}><OrdersSection deal={deal} /></Col>
      </Row>
      {closing && (
        <CloseDealModal
          mode={closing}
          name={deal.name ?? ""}
          reasons={(closing === "win" ? settings?.wonReasons : settings?.lostReasons) ?? []}
          openStages={stages.filter((s) => s.kind === "OPEN")}
          onSubmit={submitClosing}
          onClose={() => setClosing(null)}
        />
      )}
      {editing && (
        <OpportunityFormModal
          opportunity={deal}
          onClose={() => setEditing(false)}
          onSaved={() => {
            message.success(t("saved"));
            setEditing(false);
            refresh();
          }}
        />
      )}
      {editingLines && (
        <LinesModal
          title={t("lineItems")}
          currency={deal.currency ?? "CNY"}
          initial={toLineValues(deal.lineItems)}
          onClose={() => setEditingLines(false)}
          onSubmit={async ({ items, priceListId }) => {
            const r = await setLineItems({ input: { opportunityId: deal.id, items, priceListId, idempotencyKey: key() } });
            const problem = firstProblem(r.data?.setOpportunityLineItems, r.error);
            if (!problem) {
              message.success(t("linesSaved"));
              refresh();
            }
            return problem;
          }}
        />
      )}
    </div>
  );
}
