// Product lines for a deal, a quote or an order: product, quantity, unit price (empty: the price
// list's or the product's list price, the server decides), discount %. The preview total is
// only a guide; the server computes the real one. What the API refuses shows above the lines.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, DatePicker, Form, InputNumber, Modal, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { useQuery } from "urql";

import type { OpportunityLineItemInput } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { numberRule } from "../../components/formRules";
import { pipelineMessages } from "./messages";
import { formatMoney, lineTotal, sumMoney } from "./money";
import { CATALOGUE } from "./queries";

export interface LineValue {
  productId: string;
  quantity: string;
  unitPrice?: string | null;
  discountPercent?: string | null;
}

export interface LinesResult {
  items: OpportunityLineItemInput[];
  priceListId: string | null;
  validUntil: string | null;
}

interface FormValues {
  lines: LineValue[];
  priceListId?: string;
  validUntil?: Dayjs | null;
}

interface Props {
  title: string;
  initial: LineValue[];
  currency: string;
  withValidUntil?: boolean;
  initialValidUntil?: string | null;
  onSubmit: (result: LinesResult) => Promise<string | null>;
  onClose: () => void;
}

export function LinesModal({ title, initial, currency, withValidUntil, initialValidUntil, onSubmit, onClose }: Props) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<FormValues>();
  const [{ data }] = useQuery({ query: CATALOGUE });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lines = Form.useWatch("lines", form) ?? [];
  const products = data?.products.nodes ?? [];
  const priceOf = (productId?: string) => products.find((p) => p.id === productId)?.listPrice ?? null;

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setProblem(null);
    try {
      const text = (value?: string | number | null) => (value === undefined || value === null || value === "" ? null : String(value));
      const refused = await onSubmit({
        items: (values.lines ?? []).map((line) => ({
          productId: line.productId,
          quantity: String(line.quantity),
          unitPrice: text(line.unitPrice),
          discountPercent: text(line.discountPercent),
        })),
        priceListId: values.priceListId ?? null,
        validUntil: values.validUntil ? values.validUntil.format("YYYY-MM-DD") : null,
      });
      if (refused) setProblem(refused);
      else onClose();
    } finally {
      setBusy(false);
    }
  }

  const preview = sumMoney(lines.map((line) => (line?.productId ? lineTotal(line.quantity, line.unitPrice || priceOf(line.productId), line.discountPercent) : 0)));

  return (
    <Modal open width={760} title={title} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="lines-error" />}
      <Form
        form={form}
        layout="vertical"
        name="lines"
        initialValues={{ lines: initial, validUntil: initialValidUntil ? dayjs(initialValidUntil) : withValidUntil ? dayjs().add(30, "day") : null }}
      >
        <Space wrap>
          <Form.Item name="priceListId" label={t("priceList")}>
            <Select
              allowClear
              placeholder={t("noPriceList")}
              style={{ width: 260 }}
              options={(data?.priceLists.nodes ?? []).filter((p) => p.currency === currency).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          {withValidUntil && (
            <Form.Item name="validUntil" label={t("validUntil")}>
              <DatePicker />
            </Form.Item>
          )}
        </Space>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start" data-testid="line-editor-row">
                  <Form.Item name={[field.name, "productId"]} label={t("product")} rules={[{ required: true, message: t("required") }]}>
                    <Select
                      showSearch={{ optionFilterProp: "label" }}
                      style={{ width: 240 }}
                      options={products.map((p) => ({ value: p.id, label: `${p.code ?? ""} ${p.name ?? ""}`.trim() }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "quantity"]} label={t("quantity")} rules={[{ required: true, message: t("required") }, numberRule(t("quantityPositive"), (n) => n > 0)]}>
                    <InputNumber<string> stringMode step="1" style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "unitPrice"]} label={t("unitPrice")} tooltip={t("unitPriceAuto")} rules={[numberRule(t("priceNotNegative"), (n) => n >= 0)]}>
                    <InputNumber<string> stringMode step="0.01" style={{ width: 120 }} placeholder={priceOf(lines[field.name]?.productId) ?? ""} />
                  </Form.Item>
                  <Form.Item name={[field.name, "discountPercent"]} label={t("discount")} rules={[numberRule(t("discountRange"), (n) => n >= 0 && n <= 100)]}>
                    <InputNumber<string> stringMode step="0.5" style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t("remove")} />
                  </Form.Item>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ quantity: "1" })} data-testid="add-line">{t("addLine")}</Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Paragraph style={{ marginTop: 12, textAlign: "right" }} data-testid="lines-preview">
        {t("lineTotal")}: {formatMoney(preview, currency, locale)}
      </Typography.Paragraph>
    </Modal>
  );
}

/** The lines the API returned, as the editor's starting values. */
export function toLineValues(lines: { quantity: string; unitPrice: string; discountPercent: string; product?: { id: string } | null }[]): LineValue[] {
  return lines
    .filter((line) => line.product)
    .map((line) => ({ productId: line.product!.id, quantity: line.quantity, unitPrice: line.unitPrice, discountPercent: line.discountPercent }));
}
