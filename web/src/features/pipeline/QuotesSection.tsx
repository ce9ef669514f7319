// The deal's quotes (current versions): number and version, status, totals, validity, lines.
// A draft is edited and sent; a sent one is accepted, rejected or revised into the next
// version; any is exported as HTML or CSV.
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Collapse, Dropdown, Empty, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { OpportunityQuotesQuery, QuoteStatus } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { firstProblem } from "./board";
import type { Deal } from "./DealOverview";
import { saveText } from "../../api/files";
import { LinesModal, toLineValues } from "./LinesModal";
import { LinesTable } from "./LinesTable";
import { pipelineMessages } from "./messages";
import { formatMoney } from "./money";
import { ACCEPT_QUOTE, CREATE_QUOTE, EXPORT_QUOTE, OPPORTUNITY_QUOTES, REJECT_QUOTE, REVISE_QUOTE, SEND_QUOTE, UPDATE_QUOTE } from "./queries";
import { useOutcome } from "./useOutcome";

type Quote = OpportunityQuotesQuery["quotes"]["nodes"][number];
const COLORS: Record<QuoteStatus, string> = { DRAFT: "default", SENT: "processing", ACCEPTED: "success", REJECTED: "error", EXPIRED: "warning" };

export function QuotesSection({ deal }: { deal: Deal }) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const { can } = useAuth();
  const outcome = useOutcome();
  const [{ data }, refetch] = useQuery({ query: OPPORTUNITY_QUOTES, variables: { opportunityId: deal.id } });
  const [, createQuote] = useMutation(CREATE_QUOTE);
  const [, updateQuote] = useMutation(UPDATE_QUOTE);
  const [, sendQuote] = useMutation(SEND_QUOTE);
  const [, acceptQuote] = useMutation(ACCEPT_QUOTE);
  const [, rejectQuote] = useMutation(REJECT_QUOTE);
  const [, reviseQuote] = useMutation(REVISE_QUOTE);
  const [, exportQuote] = useMutation(EXPORT_QUOTE);
  const [editing, setEditing] = useState<Quote | "new" | null>(null);
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const mayCreate = can("quote", "create");
  const mayUpdate = can("quote", "update");
  const currency = deal.currency ?? "CNY";
  const quotes = data?.quotes.nodes ?? [];

  const act = async (run: (input: { id: string; idempotencyKey: string }) => Promise<{ payload?: { userErrors: { message: string }[] } | null; error?: { message: string } | null }>, quote: Quote) => {
    const { payload, error } = await run({ id: quote.id, idempotencyKey: crypto.randomUUID() });
    if (outcome(payload, error)) refresh();
  };
  const send = (input: { id: string; idempotencyKey: string }) => sendQuote({ input }).then((r) => ({ payload: r.data?.sendQuote, error: r.error }));
  const accept = (input: { id: string; idempotencyKey: string }) => acceptQuote({ input }).then((r) => ({ payload: r.data?.acceptQuote, error: r.error }));
  const reject = (input: { id: string; idempotencyKey: string }) => rejectQuote({ input }).then((r) => ({ payload: r.data?.rejectQuote, error: r.error }));
  const revise = (input: { id: string; idempotencyKey: string }) => reviseQuote({ input }).then((r) => ({ payload: r.data?.reviseQuote, error: r.error }));

  const download = async (quote: Quote, format: "HTML" | "CSV") => {
    const result = await exportQuote({ input: { id: quote.id, format } });
    const payload = result.data?.exportQuote;
    const problem = firstProblem(payload, result.error);
    if (problem || !payload?.content) return outcome(payload, result.error);
    saveText(payload.fileName ?? `${quote.number}.${format.toLowerCase()}`, payload.contentType ?? "text/plain", payload.content);
  };

  return (
    <Card
      size="small"
      title={t("quotes")}
      data-testid="deal-quotes"
      extra={
        mayCreate && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="new-quote">{t("newQuote")}</Button>
        )
      }
    >
      {quotes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noQuotes")} />
      ) : (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {quotes.map((quote) => (
            <Card key={quote.id} size="small" type="inner" data-testid={`quote-${quote.number}`}
              title={<Space wrap><span>{quote.number}</span><Typography.Text type="secondary">{t("version", { version: quote.version })}</Typography.Text><Tag color={COLORS[quote.status]}>{t(`q_${quote.status}`)}</Tag></Space>}
            >
              <Space wrap style={{ marginBottom: 8 }}>
                <span>{t("subtotal")} {formatMoney(quote.subtotal, quote.currency, locale)}</span>
                <span>{t("discountTotal")} {formatMoney(quote.discountTotal, quote.currency, locale)}</span>
                <Typography.Text strong data-testid="quote-total">{formatMoney(quote.total, quote.currency, locale)}</Typography.Text>
                <Typography.Text type="secondary">{t("validUntil")} {quote.validUntil ?? "—"}</Typography.Text>
              </Space>
              <LinesTable lines={quote.lines} currency={quote.currency} />
              <Space wrap style={{ marginTop: 8 }}>
                {mayUpdate && quote.status === "DRAFT" && <Button size="small" onClick={() => setEditing(quote)}>{t("editLines")}</Button>}
                {mayUpdate && quote.status === "DRAFT" && <Button size="small" type="primary" onClick={() => act(send, quote)}>{t("send")}</Button>}
                {mayUpdate && quote.status === "SENT" && <Button size="small" onClick={() => act(accept, quote)}>{t("accept")}</Button>}
                {mayUpdate && (quote.status === "SENT" || quote.status === "EXPIRED") && <Button size="small" danger onClick={() => act(reject, quote)}>{t("reject")}</Button>}
                {mayUpdate && quote.status !== "DRAFT" && quote.status !== "ACCEPTED" && <Button size="small" onClick={() => act(revise, quote)}>{t("revise")}</Button>}
                <Dropdown
                  menu={{
                    items: [
                      { key: "HTML", label: t("exportHtml") },
                      { key: "CSV", label: t("exportCsv") },
                    ],
                    onClick: ({ key }) => void download(quote, key as "HTML" | "CSV"),
                  }}
                >
                  <Button size="small" icon={<DownloadOutlined />}>{t("export")}</Button>
                </Dropdown>
              </Space>
              {quote.versions.length > 1 && (
                <Collapse
                  ghost
                  size="small"
                  items={[{
                    key: "versions",
                    label: t("versions"),
                    children: quote.versions.map((v) => (
                      <div key={v.id}>
                        {t("version", { version: v.version })} · {t(`q_${v.status}`)} · {formatMoney(v.total, quote.currency, locale)}
                      </div>
                    )),
                  }]}
                />
              )}
            </Card>
          ))}
        </Space>
      )}
      {editing && (
        <LinesModal
          title={editing === "new" ? t("newQuote") : `${editing.number} · ${t("editLines")}`}
          currency={editing === "new" ? currency : editing.currency}
          initial={toLineValues(editing === "new" ? deal.lineItems : editing.lines)}
          withValidUntil
          initialValidUntil={editing === "new" ? null : editing.validUntil}
          onClose={() => setEditing(null)}
          onSubmit={async ({ items, priceListId, validUntil }) => {
            const result =
              editing === "new"
                ? await createQuote({ input: { customerId: deal.customer!.id, opportunityId: deal.id, items, priceListId, validUntil, idempotencyKey: crypto.randomUUID() } })
                : await updateQuote({ input: { id: editing.id, items, priceListId, validUntil, idempotencyKey: crypto.randomUUID() } });
            const payload = result.data ? ("createQuote" in result.data ? result.data.createQuote : result.data.updateQuote) : null;
            const problem = firstProblem(payload, result.error);
            if (!problem) refresh();
            return problem;
          }}
        />
      )}
    </Card>
  );
}
