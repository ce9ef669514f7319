// One deal on the kanban: name (to its detail), customer, amount, owner and expected close.
// On a wide screen it is dragged to another column; everywhere its menu moves it too (on a
// phone that menu, "移动到…", is the only way).
import { EllipsisOutlined } from "@ant-design/icons";
import { Button, Card, Dropdown, type MenuProps, Space, Tag, theme, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";

import type { PipelineBoardQuery, StageKind } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { pipelineMessages } from "./messages";
import { formatMoney } from "./money";

export type BoardOpportunity = PipelineBoardQuery["pipeline"]["columns"][number]["opportunities"][number];
export interface StageOption {
  id: string;
  name: string;
  kind: StageKind;
}

interface Props {
  card: BoardOpportunity;
  stageId: string;
  stages: StageOption[];
  isPhone: boolean;
  mayMove: boolean;
  mayReopen: boolean;
  pending: boolean;
  onDragStart: (card: BoardOpportunity, fromStageId: string) => void;
  onMenuMove: (card: BoardOpportunity, fromStageId: string, to: StageOption) => void;
  onReopen: (card: BoardOpportunity) => void;
}

export function OpportunityCard({ card, stageId, stages, isPhone, mayMove, mayReopen, pending, onDragStart, onMenuMove, onReopen }: Props) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const open = card.status === "OPEN";

  const items: MenuProps["items"] = [];
  if (mayMove && open) {
    items.push({
      type: "group",
      key: "move",
      label: t("moveTo"),
      children: stages
        .filter((stage) => stage.id !== stageId)
        .map((stage) => ({ key: `move:${stage.id}`, label: stage.name, danger: stage.kind === "LOST" })),
    });
  }
  if (mayReopen && !open) items.push({ key: "reopen", label: t("reopen") });
  const onClick: MenuProps["onClick"] = ({ key }) => {
    if (key === "reopen") return onReopen(card);
    const target = stages.find((stage) => `move:${stage.id}` === key);
    if (target) onMenuMove(card, stageId, target);
  };

  return (
    <Card
      size="small"
      draggable={mayMove && !isPhone}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", card.id);
        event.dataTransfer.effectAllowed = "move";
        onDragStart(card, stageId);
      }}
      style={{ cursor: mayMove && !isPhone ? "grab" : undefined, opacity: pending ? 0.6 : 1 }}
      data-testid={`opportunity-card-${card.name ?? card.id}`}
    >
      <Space style={{ width: "100%", justifyContent: "space-between" }} align="start">
        <Link to={`/pipeline/opportunities/${encodeURIComponent(card.id)}`} draggable={false}>
          <Typography.Text strong>{card.name ?? "—"}</Typography.Text>
        </Link>
        {items.length > 0 && (
          <Dropdown menu={{ items, onClick }} trigger={["click"]}>
            {isPhone ? (
              <Button size="small" data-testid="card-move-menu">{t("moveTo")}</Button>
            ) : (
              <Button size="small" type="text" icon={<EllipsisOutlined />} aria-label={t("more")} />
            )}
          </Dropdown>
        )}
      </Space>
      <div style={{ color: token.colorTextSecondary }}>{card.customer?.name ?? "—"}</div>
      <Space wrap size={4} style={{ marginTop: 4 }}>
        <Typography.Text>{formatMoney(card.amount, card.currency, locale)}</Typography.Text>
        {!open && <Tag color={card.status === "WON" ? "success" : "default"}>{t(card.status)}</Tag>}
      </Space>
      <div style={{ color: token.colorTextTertiary, fontSize: token.fontSizeSM }}>
        {[card.owner?.displayName, card.expectedCloseDate ? `${t("expectedClose")} ${dayjs(card.expectedCloseDate).format("YYYY-MM-DD")}` : null]
          .filter(Boolean)
          .join(" · ")}
      </div>
    </Card>
  );
}
