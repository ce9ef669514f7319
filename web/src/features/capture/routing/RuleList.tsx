// The rules in the order they are tried: a table on a wide screen (rows can be dragged), cards on
// a phone; each with up/down/top, an on/off switch, edit and delete for those who may change them.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, HolderOutlined, VerticalAlignTopOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Grid, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import { type DragEvent, type HTMLAttributes, useRef } from "react";

import { useT } from "../../../i18n";
import { captureMessages } from "../messages";
import type { RoutingRuleRow } from "../routingRule";
import { RuleConditions, ruleActionText } from "./ruleText";

export interface RuleListProps {
  rules: RoutingRuleRow[];
  loading: boolean;
  editable: boolean;
  onMove: (index: number, to: number) => void;
  onToggle: (rule: RoutingRuleRow, enabled: boolean) => void;
  onEdit: (rule: RoutingRuleRow) => void;
  onDelete: (rule: RoutingRuleRow) => void;
}

export function RuleList({ rules, loading, editable, onMove, onToggle, onEdit, onDelete }: RuleListProps) {
  const t = useT(captureMessages);
  const isPhone = Grid.useBreakpoint().md === false;
  const dragged = useRef<number | null>(null);

  const controls = (rule: RoutingRuleRow, index: number) => (
    <Space size={2} wrap>
      <Tooltip title={t("moveTop")}>
        <Button size="small" type="text" icon={<VerticalAlignTopOutlined />} aria-label={`${t("moveTop")} ${rule.name}`} disabled={!editable || index === 0} onClick={() => onMove(index, 0)} />
      </Tooltip>
      <Tooltip title={t("moveUp")}>
        <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`${t("moveUp")} ${rule.name}`} disabled={!editable || index === 0} onClick={() => onMove(index, index - 1)} />
      </Tooltip>
      <Tooltip title={t("moveDown")}>
        <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`${t("moveDown")} ${rule.name}`} disabled={!editable || index === rules.length - 1} onClick={() => onMove(index, index + 1)} />
      </Tooltip>
      {editable && (
        <>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t("edit")} ${rule.name}`} onClick={() => onEdit(rule)} />
          <Popconfirm title={t("confirmDelete", { name: rule.name })} okText={t("delete")} cancelText={t("cancel")} onConfirm={() => onDelete(rule)}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("delete")} ${rule.name}`} />
          </Popconfirm>
        </>
      )}
    </Space>
  );
  const toggle = (rule: RoutingRuleRow) => (
    <Switch size="small" checked={rule.enabled} disabled={!editable} aria-label={`${t("enabled")} ${rule.name}`} onChange={(on) => onToggle(rule, on)} />
  );

  if (isPhone) {
    if (!loading && rules.length === 0) return <Empty />;
    return (
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="rule-cards">
        {rules.map((rule, index) => (
          <Card key={rule.id} size="small" data-testid={`rule-${rule.name}`} title={<Space><Tag>{index + 1}</Tag>{rule.name}</Space>} extra={toggle(rule)}>
            <RuleConditions rule={rule} t={t} />
            <div style={{ marginTop: 8 }}>{ruleActionText(rule, t)}</div>
            {rule.followUpHours != null && <Typography.Text type="secondary">{t("followUp")}：{t("hours", { hours: rule.followUpHours })}</Typography.Text>}
            <div style={{ marginTop: 8 }}>{controls(rule, index)}</div>
          </Card>
        ))}
      </Space>
    );
  }

  return (
    <Table<RoutingRuleRow>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rules}
      pagination={false}
      scroll={{ x: "max-content" }}
      onRow={(rule, index) =>
        ({
          "data-testid": `rule-${rule.name}`,
          draggable: editable,
          onDragStart: () => (dragged.current = index ?? null),
          onDragOver: (event: DragEvent) => editable && event.preventDefault(),
          onDrop: () => {
            if (dragged.current !== null && index !== undefined && dragged.current !== index) onMove(dragged.current, index);
            dragged.current = null;
          },
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t("order"),
          key: "order",
          width: 70,
          render: (_v, _r, index) => (
            <Space size={4}>
              {editable && <HolderOutlined style={{ cursor: "grab" }} />}
              <span data-testid="rule-position">{index + 1}</span>
            </Space>
          ),
        },
        { title: t("ruleName"), dataIndex: "name", key: "name", render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
        { title: t("conditions"), key: "conditions", render: (_v, rule) => <RuleConditions rule={rule} t={t} /> },
        { title: t("action"), key: "action", render: (_v, rule) => ruleActionText(rule, t) },
        { title: t("followUp"), key: "followUp", render: (_v, rule) => (rule.followUpHours != null ? t("hours", { hours: rule.followUpHours }) : t("none")) },
        { title: t("enabled"), key: "enabled", render: (_v, rule) => toggle(rule) },
        { title: t("actions"), key: "actions", fixed: "right", render: (_v, rule, index) => controls(rule, index) },
      ]}
    />
  );
}
