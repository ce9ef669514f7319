// 转化流程 on the lead's page: the five steps, ticked and un-ticked by hand (the last one by
// converting), the 转化为客户 button while the lead is open, and once converted, links to what
// it became.
import { Alert, Button, Card, Space, Steps, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { LeadConversionStepKind, LeadDetailQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { ConvertLeadModal } from "./ConvertLeadModal";
import { convertMessages } from "./convertMessages";
import { COMPLETE_CONVERSION_STEP, REOPEN_CONVERSION_STEP } from "./convertQueries";
import { errorText, leadMessages } from "./messages";

export type DetailLead = Extract<NonNullable<LeadDetailQuery["node"]>, { __typename: "Lead" }>;

const OPEN = new Set(["NEW", "CONTACTING", "QUALIFIED"]);

export function ConversionChecklist({ lead, onChanged }: { lead: DetailLead; onChanged: () => void }) {
  const t = useT(convertMessages);
  const tl = useT(leadMessages);
  const { can } = useAuth();
  const [, complete] = useMutation(COMPLETE_CONVERSION_STEP);
  const [, reopen] = useMutation(REOPEN_CONVERSION_STEP);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<LeadConversionStepKind | null>(null);
  const [converting, setConverting] = useState(false);
  const open = Boolean(lead.status && OPEN.has(lead.status));
  const mayUpdate = can("lead", "update") && open;

  async function toggle(step: LeadConversionStepKind, done: boolean) {
    setBusy(step);
    setProblem(null);
    try {
      const answer = done
        ? await reopen({ input: { leadId: lead.id, step, idempotencyKey: crypto.randomUUID() } })
        : await complete({ input: { leadId: lead.id, step, idempotencyKey: crypto.randomUUID() } });
      const payload = answer.data && ("completeLeadConversionStep" in answer.data ? answer.data.completeLeadConversionStep : answer.data.reopenLeadConversionStep);
      const error = payload?.userErrors[0];
      if (error) setProblem(errorText(tl, error.code, error.message));
      else if (answer.error) setProblem(answer.error.message);
      else onChanged();
    } finally {
      setBusy(null);
    }
  }

  const steps = [...lead.conversionSteps].sort((a, b) => a.position - b.position);
  const current = steps.findIndex((s) => !s.done);

  return (
    <Card size="small" title={t("checklist")} data-testid="conversion-checklist"
      extra={mayUpdate && <Button type="primary" size="small" onClick={() => setConverting(true)} data-testid="convert-lead">{t("convert")}</Button>}>
      <Steps
        orientation="vertical"
        size="small"
        current={current === -1 ? steps.length : current}
        items={steps.map((s) => ({
          // The API names the steps in Chinese; the console names them in the user's language.
          title: t(`step_${s.step}`),
          status: s.done ? "finish" : "wait",
          content: (
            <Space wrap size={4} data-testid={`step-${s.step}`}>
              {s.done && s.doneAt && (
                <Typography.Text type="secondary">{t("stepDone", { who: s.doneBy?.displayName ?? "—", when: dayjs(s.doneAt).format("YYYY-MM-DD HH:mm") })}</Typography.Text>
              )}
              {s.note && <Typography.Text type="secondary">· {s.note}</Typography.Text>}
              {s.step === "CONVERT" && !s.done && <Typography.Text type="secondary">{t("stepByConverting")}</Typography.Text>}
              {mayUpdate && s.step !== "CONVERT" && (
                <Button size="small" type={s.done ? "link" : "default"} loading={busy === s.step} onClick={() => toggle(s.step, s.done)}>
                  {s.done ? t("stepReopen") : t("stepComplete")}
                </Button>
              )}
            </Space>
          ),
        }))}
      />
      {problem && <Alert type="error" showIcon title={problem} data-testid="step-error" />}
      {lead.status === "CLOSED" && <Typography.Text type="secondary">{t("notConvertible")}</Typography.Text>}
      {lead.status === "CONVERTED" && <ConvertedLinks lead={lead} />}
      {converting && (
        <ConvertLeadModal lead={lead} onClose={() => setConverting(false)} onConverted={() => onChanged()} />
      )}
    </Card>
  );
}

export function ConvertedLinks({ lead }: { lead: Pick<DetailLead, "convertedAt" | "convertedCustomer" | "convertedContact" | "convertedOpportunity"> }) {
  const t = useT(convertMessages);
  const customer = lead.convertedCustomer;
  return (
    <Space orientation="vertical" size={2} data-testid="converted-links">
      {lead.convertedAt && <Typography.Text type="secondary">{t("convertedAt", { when: dayjs(lead.convertedAt).format("YYYY-MM-DD HH:mm") })}</Typography.Text>}
      {customer && <Link to={`/customers/${customer.id}`}>{t("openCustomer", { name: customer.name ?? "—" })}</Link>}
      {lead.convertedContact && customer && <Link to={`/customers/${customer.id}`}>{t("openContact", { name: lead.convertedContact.name ?? "—" })}</Link>}
      {lead.convertedOpportunity && (
        <Link to={`/pipeline/opportunities/${lead.convertedOpportunity.id}`}>{t("openOpportunity", { name: lead.convertedOpportunity.name ?? "—" })}</Link>
      )}
    </Space>
  );
}
