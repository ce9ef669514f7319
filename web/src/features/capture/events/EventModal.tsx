// 新建/编辑线下活动: name, date, place, campaign, owner and notes.
import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import type { OfflineEventsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { captureMessages, userErrorText } from "../messages";
import { CREATE_OFFLINE_EVENT, ROUTING_PICKERS, UPDATE_OFFLINE_EVENT } from "../queries";

export type EventRowData = OfflineEventsQuery["offlineEvents"]["nodes"][number];

interface Values {
  name: string;
  date: Dayjs;
  place?: string;
  campaign?: string;
  ownerId?: string;
  notes?: string;
}

const ON_FIELD = new Set(["name", "date", "place", "campaign", "ownerId", "notes"]);

export function EventModal({ event, onClose, onSaved }: { event: EventRowData | null; onClose: () => void; onSaved: () => void }) {
  const t = useT(captureMessages);
  const [form] = Form.useForm<Values>();
  const [{ data: pickers }] = useQuery({ query: ROUTING_PICKERS });
  const [, create] = useMutation(CREATE_OFFLINE_EVENT);
  const [, update] = useMutation(UPDATE_OFFLINE_EVENT);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState("");

  async function submit() {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setGeneral("");
    try {
      const input = { name: v.name.trim(), date: v.date.format("YYYY-MM-DD"), place: v.place?.trim() ?? "", campaign: v.campaign?.trim() || null, ownerId: v.ownerId ?? null, notes: v.notes?.trim() ?? "" };
      const result = event ? await update({ input: { id: event.id, ...input } }) : await create({ input });
      if (result.error) return setGeneral(result.error.message);
      const payload = result.data && ("updateOfflineEvent" in result.data ? result.data.updateOfflineEvent : result.data.createOfflineEvent);
      const errors = payload?.userErrors ?? [];
      const place = (e: (typeof errors)[number]) => e.field?.[1] ?? "";
      form.setFields(errors.filter((e) => ON_FIELD.has(place(e))).map((e) => ({ name: place(e) as keyof Values, errors: [e.message] })));
      setGeneral(userErrorText(errors.filter((e) => !ON_FIELD.has(place(e)))));
      if (errors.length === 0) onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={event ? t("editEvent") : t("newEvent")} okText={t("save")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="offline-event"
        initialValues={event ? { ...event, date: dayjs(event.date), ownerId: event.owner?.id, campaign: event.campaign ?? "" } : { date: dayjs() }}
      >
        <Form.Item name="name" label={t("eventName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="date" label={t("eventDate")} rules={[{ required: true, message: t("required") }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="place" label={t("eventPlace")}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="campaign" label={t("campaigns")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="ownerId" label={t("eventOwner")}>
          <Select allowClear showSearch optionFilterProp="label" options={(pickers?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
        </Form.Item>
        <Form.Item name="notes" label={t("absenceNote")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
