// 销售请假: a rep's current and coming absences (absent reps get no new leads). A manager picks
// one of the reps he may assign to; a rep sees his own.
import { DeleteOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Form, Input, List, Popconfirm, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useT } from "../../../i18n";
import { captureMessages, userErrorText } from "../messages";
import { DELETE_REP_ABSENCE, REP_ABSENCES, ROUTING_PICKERS, SET_REP_ABSENCE } from "../queries";

interface AbsenceValues {
  dates: [Dayjs, Dayjs];
  note?: string;
}

export function AbsencesCard({ mayManage }: { mayManage: boolean }) {
  const t = useT(captureMessages);
  const [userId, setUserId] = useState<string>();
  const [{ data: pickers }] = useQuery({ query: ROUTING_PICKERS, pause: !mayManage });
  const [{ data, fetching }, refetch] = useQuery({ query: REP_ABSENCES, variables: { userId: userId ?? null } });
  const [, setAbsence] = useMutation(SET_REP_ABSENCE);
  const [, deleteAbsence] = useMutation(DELETE_REP_ABSENCE);
  const [form] = Form.useForm<AbsenceValues>();
  const [error, setError] = useState("");
  const refresh = () => refetch({ requestPolicy: "network-only" });

  async function add(values: AbsenceValues) {
    setError("");
    const result = await setAbsence({
      input: { userId: userId ?? null, startsOn: values.dates[0].format("YYYY-MM-DD"), endsOn: values.dates[1].format("YYYY-MM-DD"), note: values.note?.trim() ?? "" },
    });
    const errors = result.data?.setRepAbsence.userErrors ?? [];
    if (result.error) setError(result.error.message);
    else if (errors.length) setError(userErrorText(errors));
    else {
      form.resetFields();
      refresh();
    }
  }

  async function remove(id: string) {
    const result = await deleteAbsence({ input: { id } });
    const errors = result.data?.deleteRepAbsence.userErrors ?? [];
    if (result.error) setError(result.error.message);
    else if (errors.length) setError(userErrorText(errors));
    else refresh();
  }

  return (
    <Card title={t("absencesTitle")} data-testid="rep-absences">
      <Typography.Paragraph type="secondary">{t("absencesHint")}</Typography.Paragraph>
      {mayManage && (
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t("absenceUser")}
          aria-label={t("absenceUser")}
          value={userId}
          onChange={(id?: string) => setUserId(id)}
          options={(pickers?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          style={{ width: "100%", marginBottom: 12 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <List
        size="small"
        loading={fetching}
        locale={{ emptyText: t("noAbsences") }}
        dataSource={data?.repAbsences ?? []}
        renderItem={(absence) => (
          <List.Item
            actions={[
              <Popconfirm key="delete" title={t("confirmDelete", { name: t("absenceRange", { from: absence.startsOn, to: absence.endsOn }) })} okText={t("delete")} cancelText={t("cancel")} onConfirm={() => remove(absence.id)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t("delete")} />
              </Popconfirm>,
            ]}
          >
            <Space orientation="vertical" size={0}>
              <span>{absence.user?.displayName} · {t("absenceRange", { from: absence.startsOn, to: absence.endsOn })}</span>
              {absence.note && <Typography.Text type="secondary">{absence.note}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={add} style={{ marginTop: 12 }}>
        <Form.Item name="dates" label={t("absenceDates")} rules={[{ required: true, message: t("required") }]}>
          <DatePicker.RangePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="note" label={t("absenceNote")}>
          <Input maxLength={200} />
        </Form.Item>
        <Button htmlType="submit">{t("addAbsence")}</Button>
      </Form>
    </Card>
  );
}
