// The deal's fields, and every stage move from its creation on (oldest first), with who made it,
// the reason of a win or loss, and how long the deal stayed in the stage it left.
import { Card, Descriptions, Tag, Timeline, Typography } from "antd";
import dayjs from "dayjs";

import type { OpportunityDetailQuery } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { pipelineMessages } from "./messages";
import { duration, formatMoney } from "./money";

export type Deal = Extract<NonNullable<OpportunityDetailQuery["node"]>, { __typename: "Opportunity" }>;

const HISTORY_KEYS = { created: "h_created", moved: "h_moved", won: "h_won", lost: "h_lost", reopened: "h_reopened" } as const;
const STATUS_COLORS = { OPEN: "processing", WON: "success", LOST: "default" } as const;

export function DealOverview({ deal }: { deal: Deal }) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const money = (value?: string | null) => formatMoney(value, deal.currency, locale);
  const span = (seconds: number) => {
    const d = duration(seconds);
    return t(d.unit, { count: d.count });
  };
  return (
    <Card size="small" title={t("overview")}>
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t("status")}>
          <Tag color={STATUS_COLORS[deal.status]} data-testid="deal-status">{t(deal.status)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t("stage")}>
          <span data-testid="deal-stage">{deal.stage?.name ?? "—"}</span>
          {deal.stage && <Typography.Text type="secondary"> · {t("probability", { value: deal.stage.probability })}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t("customer")}>{deal.customer?.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("owner")}>{[deal.owner?.displayName, deal.team?.name].filter(Boolean).join(" · ") || "—"}</Descriptions.Item>
        <Descriptions.Item label={t("amount")}>
          <span data-testid="deal-amount">{money(deal.amount)}</span>
          {deal.amountFromLineItems && <Typography.Text type="secondary"> · {t("amountFromLines")}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t("weightedAmount")}>{money(deal.weightedAmount)}</Descriptions.Item>
        <Descriptions.Item label={t("expectedClose")}>{deal.expectedCloseDate ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("timeInStage")}>{span(deal.timeInStage)}</Descriptions.Item>
        <Descriptions.Item label={t("pipeline")}>{deal.pipeline?.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("createdAt")}>{dayjs(deal.createdAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>
        {deal.competitor && <Descriptions.Item label={t("competitor")}>{deal.competitor}</Descriptions.Item>}
        {deal.source && <Descriptions.Item label={t("source")}>{deal.source}</Descriptions.Item>}
        {deal.closedAt && <Descriptions.Item label={t("closedAt")}>{dayjs(deal.closedAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>}
        {deal.status !== "OPEN" && (
          <Descriptions.Item label={t("closeReason")}>{[deal.closeReason?.label, deal.closeNote].filter(Boolean).join(" · ") || "—"}</Descriptions.Item>
        )}
        {deal.description && <Descriptions.Item label={t("description")}>{deal.description}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

export function StageHistory({ deal }: { deal: Deal }) {
  const t = useT(pipelineMessages);
  const span = (seconds: number) => {
    const d = duration(seconds);
    return t(d.unit, { count: d.count });
  };
  const label = (kind: string) => (kind in HISTORY_KEYS ? t(HISTORY_KEYS[kind as keyof typeof HISTORY_KEYS]) : kind);
  return (
    <Card size="small" title={t("history")} data-testid="stage-history">
      <Timeline
        items={deal.stageHistory.map((change, index) => ({
          key: index,
          color: change.kind === "won" ? "green" : change.kind === "lost" ? "gray" : "blue",
          content: (
            <div>
              <Typography.Text strong>{label(change.kind)}</Typography.Text>{" "}
              {change.fromStageName ? `${change.fromStageName} → ${change.toStageName}` : change.toStageName}
              <div>
                <Typography.Text type="secondary">
                  {[
                    dayjs(change.movedAt).format("YYYY-MM-DD HH:mm"),
                    change.movedBy ? t("by", { name: change.movedBy.displayName }) : null,
                    change.secondsInPreviousStage != null ? t("stayed", { time: span(change.secondsInPreviousStage) }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography.Text>
              </div>
              {(change.reason || change.note) && <div>{[change.reason, change.note].filter(Boolean).join(" · ")}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
