// 客户详情: the customer's facts (personal data masked unless revealed), profile, timeline and
// contacts; edit, release to the pool, delete and find duplicates as the role allows.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { PersonalValue } from "../../components/PersonalValue";
import { useT } from "../../i18n";
import { ContactsSection } from "./ContactsSection";
import { LIFECYCLE_COLORS, region, when } from "./customerColumns";
import { CustomerFormModal } from "./CustomerFormModal";
import type { CustomerFormValues } from "./customerInput";
import { customerMessages } from "./messages";
import { ProfileSection } from "./ProfileSection";
import { ProblemList } from "./ProblemList";
import { type PoolProblem, poolProblems } from "./poolErrors";
import { CLAIM_CUSTOMERS, CUSTOMER_DETAIL, DELETE_CUSTOMER } from "./queries";
import { ReleaseModal } from "./ReleaseModal";
import { TimelineSection } from "./TimelineSection";

export function CustomerDetailPage() {
  const t = useT(customerMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CUSTOMER_DETAIL, variables: { id } });
  const [, deleteCustomer] = useMutation(DELETE_CUSTOMER);
  const [{ fetching: claiming }, claim] = useMutation(CLAIM_CUSTOMERS);
  const [problems, setProblems] = useState<PoolProblem[]>([]);
  const [editing, setEditing] = useState(false);
  const [releasing, setReleasing] = useState(false);
  const [version, setVersion] = useState(0);
  const refresh = () => {
    refetch({ requestPolicy: "network-only" });
    setVersion((v) => v + 1);
  };

  if (fetching && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  const c = data?.node?.__typename === "Customer" ? data.node : null;
  if (!c) return <Result status="404" title={t("notFound")} extra={<Link to="/customers">{t("back")}</Link>} />;

  const mayUpdate = can("customer", "update") && !c.inPool;
  const formValues: CustomerFormValues = {
    name: c.name ?? "", kind: c.kind ?? "COMPANY", industry: c.industry ?? "", size: c.size ?? null, province: c.province ?? null,
    city: c.city ?? "", district: c.district ?? "", address: c.address ?? "", level: c.level ?? null, source: c.source ?? null,
    channel: c.channel ?? "", tags: c.tags ?? [], lifecycle: c.lifecycle ?? "POTENTIAL", notes: c.notes ?? "", ownerId: c.owner?.id ?? null,
  };

  async function remove() {
    const result = await deleteCustomer({ input: { id, idempotencyKey: crypto.randomUUID() } });
    const problem = result.error?.message ?? result.data?.deleteCustomer.userErrors.map((e) => e.message).join(t("sentenceSep"));
    if (problem) return message.error(t("failed", { message: problem }));
    message.success(t("deleted"));
    navigate("/customers");
  }

  async function claimIt() {
    const result = await claim({ input: { ids: [id], idempotencyKey: crypto.randomUUID() } });
    const payload = result.data?.claimCustomers;
    if (result.error || !payload) return setProblems([{ name: null, code: "", message: result.error?.message ?? "" }]);
    if (payload.userErrors.length > 0) return setProblems(poolProblems(payload.userErrors, [{ id, name: c?.name }]));
    setProblems([]);
    message.success(t("claimed", { count: payload.customers.length }));
    refresh();
  }

  return (
    <div data-testid="customer-detail">
      <Link to="/customers"><ArrowLeftOutlined /> {t("back")}</Link>
      <Space wrap style={{ width: "100%", justifyContent: "space-between", margin: "8px 0 12px" }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="customer-detail-name">{c.name ?? "—"}</Typography.Title>
          {c.level && <Tag>{c.level}</Tag>}
          {c.lifecycle && <Tag color={LIFECYCLE_COLORS[c.lifecycle]}>{t(`lc_${c.lifecycle}`)}</Tag>}
          {c.inPool && <Tag color="orange">{t("inPool")}</Tag>}
        </Space>
        <Space wrap>
          {c.inPool && can("customer", "update") && (
            <Button type="primary" loading={claiming} onClick={claimIt} data-testid="claim-customer">{t("claim")}</Button>
          )}
          {mayUpdate && <Button onClick={() => setEditing(true)} data-testid="edit-customer">{t("edit")}</Button>}
          {mayUpdate && <Button onClick={() => setReleasing(true)}>{t("release")}</Button>}
          {can("customer", "delete") && !c.inPool && (
            <Link to={`/customers/duplicates?id=${encodeURIComponent(c.id)}`}><Button>{t("findDuplicates")}</Button></Link>
          )}
          {can("customer", "delete") && (
            <Popconfirm title={t("confirmDelete", { name: c.name ?? "" })} okText={t("ok")} cancelText={t("cancel")} onConfirm={remove}>
              <Button danger data-testid="delete-customer">{t("delete")}</Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
      <ProblemList problems={problems} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" style={{ width: "100%" }} size={16}>
            <Card size="small">
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label={t("owner")}>
                  <span data-testid="customer-owner">{c.inPool ? t("inPool") : (c.owner?.displayName ?? "—")}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("team")}>{c.team?.name ?? "—"}</Descriptions.Item>
                <Descriptions.Item label={t("kind")}>{c.kind ? t(`kind_${c.kind}`) : "—"}</Descriptions.Item>
                <Descriptions.Item label={t("industry")}>{c.industry ?? "—"}</Descriptions.Item>
                <Descriptions.Item label={t("size")}>{c.size ? t(`size_${c.size}`) : "—"}</Descriptions.Item>
                <Descriptions.Item label={t("region")}>{region(c)}</Descriptions.Item>
                <Descriptions.Item label={t("phone")}><PersonalValue id={c.id} objectType="customer" field="phone" value={c.phone} testId="customer-phone" /></Descriptions.Item>
                <Descriptions.Item label={t("email")}><PersonalValue id={c.id} objectType="customer" field="email" value={c.email} testId="customer-email" /></Descriptions.Item>
                <Descriptions.Item label={t("idCardNumber")}><PersonalValue id={c.id} objectType="customer" field="idCardNumber" value={c.idCardNumber} /></Descriptions.Item>
                <Descriptions.Item label={t("bankCardNumber")}><PersonalValue id={c.id} objectType="customer" field="bankCardNumber" value={c.bankCardNumber} /></Descriptions.Item>
                <Descriptions.Item label={t("source")}>{c.source ? t(`src_${c.source}`) : "—"}{c.channel ? ` · ${c.channel}` : ""}</Descriptions.Item>
                <Descriptions.Item label={t("tags")}>{(c.tags ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>)}</Descriptions.Item>
                <Descriptions.Item label={t("lastFollowedUpAt")}>{when(c.lastFollowedUpAt)}</Descriptions.Item>
                <Descriptions.Item label={c.inPool ? t("poolEnteredAt") : t("poolDueAt")}>{when(c.inPool ? c.poolEnteredAt : c.poolDueAt)}</Descriptions.Item>
                <Descriptions.Item label={t("createdAt")}>{when(c.createdAt)}</Descriptions.Item>
                {c.address && <Descriptions.Item label={t("address")}>{c.address}</Descriptions.Item>}
                {c.notes && <Descriptions.Item label={t("notes")}>{c.notes}</Descriptions.Item>}
              </Descriptions>
            </Card>
            <ContactsSection customerId={c.id} contacts={c.contacts} inPool={c.inPool} mayEditCustomer={mayUpdate} onChanged={refresh} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" style={{ width: "100%" }} size={16}>
            <ProfileSection id={c.id} />
            <TimelineSection key={version} id={c.id} />
          </Space>
        </Col>
      </Row>
      {editing && (
        <CustomerFormModal
          editing={{ id: c.id, values: formValues }}
          onClose={() => setEditing(false)}
          onSaved={() => {
            message.success(t("saved"));
            setEditing(false);
            refresh();
          }}
        />
      )}
      {releasing && (
        <ReleaseModal
          customers={[{ id: c.id, name: c.name }]}
          onClose={() => setReleasing(false)}
          onDone={(count) => {
            message.success(t("released", { count }));
            setReleasing(false);
            refresh();
          }}
        />
      )}
    </div>
  );
}
