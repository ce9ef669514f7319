// The orders made for this deal: status, total, received and
// outstanding; lines, payment plan and payments. A draft's lines and plan are edited, then it is
// confirmed (or cancelled); a confirmed one takes payments until it is paid.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { DealOrdersQuery, OrderStatus } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { firstProblem } from "./board";
import type { Deal } from "./DealOverview";
import { LinesModal, toLineValues } from "./LinesModal";
import { LinesTable } from "./LinesTable";
import { pipelineMessages } from "./messages";
import { formatMoney } from "./money";
import { PaymentPlanModal, RecordPaymentModal } from "./PaymentModals";
import { CANCEL_ORDER, CONFIRM_ORDER, CREATE_ORDER, DEAL_ORDERS, RECORD_PAYMENT, SET_ORDER_LINES, SET_PAYMENT_PLAN } from "./queries";
import { useOutcome } from "./useOutcome";

type Order = DealOrdersQuery["orders"]["nodes"][number];
const COLORS: Record<OrderStatus, string> = { DRAFT: "default", CONFIRMED: "processing", PARTIALLY_PAID: "warning", PAID: "success", CANCELLED: "error" };
type Dialog = { kind: "create" } | { kind: "lines" | "plan" | "payment"; order: Order };

export function OrdersSection({ deal }: { deal: Deal }) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const { can } = useAuth();
  const outcome = useOutcome();
  const customerId = deal.customer?.id ?? "";
  const [{ data }, refetch] = useQuery({ query: DEAL_ORDERS, variables: { opportunityId: deal.id } });
  const [, createOrder] = useMutation(CREATE_ORDER);
  const [, setLines] = useMutation(SET_ORDER_LINES);
  const [, setPlan] = useMutation(SET_PAYMENT_PLAN);
  const [, confirmOrder] = useMutation(CONFIRM_ORDER);
  const [, cancelOrder] = useMutation(CANCEL_ORDER);
  const [, recordPayment] = useMutation(RECORD_PAYMENT);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const mayUpdate = can("order", "update");
  const key = () => crypto.randomUUID();
  const orders = data?.orders.nodes ?? [];
  const currency = deal.currency ?? "CNY";

  const settle = (payload: { userErrors: { message: string }[] } | null | undefined, error: { message: string } | undefined) => {
    const problem = firstProblem(payload, error);
    if (!problem) refresh();
    return problem;
  };
  const confirm = async (order: Order) => {
    const r = await confirmOrder({ input: { id: order.id, idempotencyKey: key() } });
    if (outcome(r.data?.confirmOrder, r.error)) refresh();
  };
  const cancel = async (order: Order) => {
    const r = await cancelOrder({ input: { id: order.id, idempotencyKey: key() } });
    if (outcome(r.data?.cancelOrder, r.error)) refresh();
  };

  return (
    <Card
      size="small"
      title={<Space>{t("orders")}<Typography.Text type="secondary">{t("ordersHint")}</Typography.Text></Space>}
      data-testid="deal-orders"
      extra={can("order", "create") && <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: "create" })}>{t("newOrder")}</Button>}
    >
      {orders.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noOrders")} />}
      <Space orientation="vertical" style={{ width: "100%" }}>
        {orders.map((order) => {
          const money = (value?: string | null) => formatMoney(value, order.currency, locale);
          const open = order.status === "CONFIRMED" || order.status === "PARTIALLY_PAID";
          return (
            <Card key={order.id} size="small" type="inner" data-testid={`order-${order.number}`} title={<Space wrap><span>{order.number}</span><Tag color={COLORS[order.status]}>{t(`o_${order.status}`)}</Tag></Space>}>
              <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
                <Descriptions.Item label={t("orderTotal")}>{money(order.total)}</Descriptions.Item>
                <Descriptions.Item label={t("received")}><span data-testid="order-received">{money(order.received)}</span></Descriptions.Item>
                <Descriptions.Item label={t("outstanding")}><Typography.Text strong data-testid="order-outstanding">{money(order.outstanding)}</Typography.Text></Descriptions.Item>
              </Descriptions>
              <LinesTable lines={order.lines} currency={order.currency ?? currency} />
              <Typography.Title level={5} style={{ marginTop: 12 }}>{t("paymentPlan")}</Typography.Title>
              {order.instalments.length === 0 ? (
                <Typography.Text type="secondary">{t("noPlan")}</Typography.Text>
              ) : (
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: "max-content" }}
                  rowKey={(i) => `${i.dueDate}-${i.amount}`}
                  dataSource={order.instalments}
                  columns={[
                    { title: t("dueDate"), dataIndex: "dueDate", render: (d: string, i) => <Space>{d}{i.overdue && <Tag color="error">{t("overdue")}</Tag>}</Space> },
                    { title: t("amount"), dataIndex: "amount", align: "right", render: money },
                    { title: t("paid"), dataIndex: "paidAmount", align: "right", render: money },
                    { title: t("outstanding"), dataIndex: "outstanding", align: "right", render: money },
                  ]}
                />
              )}
              <Typography.Title level={5} style={{ marginTop: 12 }}>{t("payments")}</Typography.Title>
              {order.payments.length === 0 ? (
                <Typography.Text type="secondary">{t("noPayments")}</Typography.Text>
              ) : (
                order.payments.map((p) => (
                  <div key={p.id}>
                    {dayjs(p.receivedAt).format("YYYY-MM-DD HH:mm")} · {t(`m_${p.method}`)} · <Typography.Text strong>{formatMoney(p.amount, p.currency, locale)}</Typography.Text>
                    {p.reference ? ` · ${p.reference}` : ""}{p.recordedBy ? ` · ${p.recordedBy.displayName}` : ""}
                  </div>
                ))
              )}
              {mayUpdate && (
                <Space wrap style={{ marginTop: 12 }}>
                  {order.status === "DRAFT" && <Button size="small" onClick={() => setDialog({ kind: "lines", order })}>{t("editOrderLines")}</Button>}
                  {(order.status === "DRAFT" || open) && <Button size="small" onClick={() => setDialog({ kind: "plan", order })}>{t("editPlan")}</Button>}
                  {order.status === "DRAFT" && <Button size="small" type="primary" onClick={() => confirm(order)}>{t("confirm")}</Button>}
                  {open && <Button size="small" type="primary" onClick={() => setDialog({ kind: "payment", order })} data-testid="record-payment">{t("recordPayment")}</Button>}
                  {(order.status === "DRAFT" || order.status === "CONFIRMED") && (
                    <Popconfirm title={t("confirmCancelOrder")} okText={t("ok")} cancelText={t("cancel")} onConfirm={() => cancel(order)}>
                      <Button size="small" danger>{t("cancelOrder")}</Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
            </Card>
          );
        })}
      </Space>
      {dialog?.kind === "create" && (
        <LinesModal
          title={t("newOrder")}
          currency={currency}
          initial={toLineValues(deal.lineItems)}
          onClose={() => setDialog(null)}
          onSubmit={async ({ items, priceListId }) => {
            const r = await createOrder({ input: { customerId, opportunityId: deal.id, items, priceListId, idempotencyKey: key() } });
            return settle(r.data?.createOrder, r.error);
          }}
        />
      )}
      {dialog?.kind === "lines" && (
        <LinesModal
          title={`${dialog.order.number} · ${t("editOrderLines")}`}
          currency={dialog.order.currency ?? currency}
          initial={toLineValues(dialog.order.lines)}
          onClose={() => setDialog(null)}
          onSubmit={async ({ items, priceListId }) => {
            const r = await setLines({ input: { orderId: dialog.order.id, items, priceListId, idempotencyKey: key() } });
            return settle(r.data?.setOrderLines, r.error);
          }}
        />
      )}
      {dialog?.kind === "plan" && (
        <PaymentPlanModal
          total={dialog.order.total ?? "0"}
          currency={dialog.order.currency ?? currency}
          initial={dialog.order.instalments}
          onClose={() => setDialog(null)}
          onSubmit={async (instalments) => {
            const r = await setPlan({ input: { orderId: dialog.order.id, instalments, idempotencyKey: key() } });
            return settle(r.data?.setPaymentPlan, r.error);
          }}
        />
      )}
      {dialog?.kind === "payment" && (
        <RecordPaymentModal
          outstanding={dialog.order.outstanding}
          currency={dialog.order.currency ?? currency}
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            const r = await recordPayment({ input: { orderId: dialog.order.id, ...values, idempotencyKey: key() } });
            const problem = settle(r.data?.recordPayment, r.error);
            if (!problem) outcome(r.data?.recordPayment, undefined, t("paymentRecorded"));
            return problem;
          }}
        />
      )}
    </Card>
  );
}
