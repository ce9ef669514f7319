// 查重合并: choose a customer, see the ones that look the same (customerDuplicates: same phone,
// e-mail, ID card or company name), and open the merge screen for a pair. A match outside the
// caller's scope shows only its name and owner.
import { Alert, Button, Card, Empty, Select, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";

import { useT } from "../../i18n";
import { CustomersNav } from "./CustomersNav";
import { customerMessages } from "./messages";
import { CUSTOMER_DUPLICATES, CUSTOMERS, MERGE_SIDE } from "./queries";

export function DuplicatesPage() {
  const t = useT(customerMessages);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const id = params.get("id");
  const [search, setSearch] = useState("");
  const [{ data: found, fetching: searching }] = useQuery({
    query: CUSTOMERS,
    variables: { first: 20, filter: { search }, orderBy: "NAME", descending: false },
    pause: search.trim() === "",
  });
  const [{ data: chosen }] = useQuery({ query: MERGE_SIDE, variables: { id: id ?? "" }, pause: !id });
  const [{ data, fetching, error }] = useQuery({ query: CUSTOMER_DUPLICATES, variables: { id: id ?? "" }, pause: !id, requestPolicy: "cache-and-network" });
  const current = chosen?.node?.__typename === "Customer" ? chosen.node : null;
  const options = (found?.customers.nodes ?? []).map((c) => ({ value: c.id, label: `${c.name ?? "—"}${c.owner ? ` · ${c.owner.displayName}` : ""}` }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name ?? "—" });
  const matches = data?.customerDuplicates ?? [];

  return (
    <div data-testid="duplicates-page">
      <CustomersNav />
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t("dupTitle")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("dupIntro")}</Typography.Paragraph>
      <Select
        showSearch
        filterOption={false}
        onSearch={setSearch}
        loading={searching}
        value={id ?? undefined}
        onChange={(value: string) => setParams({ id: value })}
        options={options}
        placeholder={t("pickCustomer")}
        aria-label={t("pickCustomer")}
        style={{ width: "100%", maxWidth: 480, marginBottom: 16 }}
        data-testid="duplicates-pick"
      />
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />}
      {id && fetching && !data && <Spin />}
      {id && data && matches.length === 0 && <Empty description={t("noDuplicates")} />}
      <Space orientation="vertical" style={{ width: "100%" }}>
        {matches.map((m, index) => (
          <Card key={m.customer?.id ?? `${m.name}-${index}`} size="small" data-testid={`duplicate-${m.name}`}>
            <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
              <span>
                {m.customer ? <Link to={`/customers/${encodeURIComponent(m.customer.id)}`}>{m.name}</Link> : <Typography.Text>{m.name}</Typography.Text>}{" "}
                {m.inPool ? <Tag color="orange">{t("inPool")}</Tag> : <Tag>{t("ownedBy", { name: m.ownerName ?? "—" })}</Tag>}
                <Typography.Text type="secondary">{t("matchedOn", { on: m.matchedOn.map((on) => t(`match_${on}`)).join(t("listSep")) })}</Typography.Text>
              </span>
              {m.customer && id ? (
                <Button
                  type="primary"
                  size="small"
                  onClick={() => navigate(`/customers/merge?survivor=${encodeURIComponent(id)}&merged=${encodeURIComponent(m.customer!.id)}`)}
                >
                  {t("merge")}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t("outOfScope")}</Typography.Text>
              )}
            </Space>
          </Card>
        ))}
      </Space>
    </div>
  );
}
