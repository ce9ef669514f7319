// 线下活动: events (latest first) with their lead counts, batch entry of the people met there,
// and a sign-up form (报名表) whose public link can be shared or printed as a QR code.
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Grid, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import { useT } from "../../../i18n";
import { mayEditForms } from "../access";
import { CursorPager } from "../../../components/CursorPager";
import { useCursorPages } from "../../../components/useCursorPages";
import { RecordList } from "../../../components/RecordList";
import { captureMessages } from "../messages";
import { CREATE_EVENT_SIGN_UP_FORM, DELETE_OFFLINE_EVENT, OFFLINE_EVENTS } from "../queries";
import { useMutationReport } from "../useMutationReport";
import { EventLeadsModal } from "./EventLeadsModal";
import { EventModal, type EventRowData } from "./EventModal";

export function EventsPage() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const editable = mayEditForms(can);
  const mayEnterLeads = can("lead", "create");
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OFFLINE_EVENTS, variables: { first: 20, after: pages.after }, requestPolicy: "cache-and-network" });
  const [, signUp] = useMutation(CREATE_EVENT_SIGN_UP_FORM);
  const [, remove] = useMutation(DELETE_OFFLINE_EVENT);
  const [editing, setEditing] = useState<EventRowData | "new" | null>(null);
  const [entering, setEntering] = useState<EventRowData | null>(null);
  const connection = data?.offlineEvents;
  const events = connection?.nodes ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const report = useMutationReport(refresh);
  const makeSignUp = async (event: EventRowData) => {
    const result = await signUp({ input: { eventId: event.id } });
    report(result.error, result.data?.createEventSignUpForm.userErrors ?? [], t("signUpCreated"));
  };
  const destroy = async (event: EventRowData) => {
    const result = await remove({ input: { id: event.id } });
    report(result.error, result.data?.deleteOfflineEvent.userErrors ?? [], t("deleted"));
  };

  const signUpCell = (event: EventRowData) =>
    event.signUpForm ? (
      <Space size={4} wrap>
        <Typography.Link href={event.signUpForm.publicUrl} target="_blank" rel="noreferrer" copyable={{ text: event.signUpForm.publicUrl }}>{t("signUpLink")}</Typography.Link>
        <Link to={`/capture/forms/${encodeURIComponent(event.signUpForm.id)}`}>{t("edit")}</Link>
      </Space>
    ) : editable ? (
      <Button size="small" onClick={() => makeSignUp(event)}>{t("createSignUp")}</Button>
    ) : (
      t("none")
    );
  const controls = (event: EventRowData) => (
    <Space size={2} wrap>
      {mayEnterLeads && <Button size="small" type="primary" ghost onClick={() => setEntering(event)} data-testid={`enter-leads-${event.name}`}>{t("enterLeads")}</Button>}
      {editable && (
        <>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t("edit")} ${event.name}`} onClick={() => setEditing(event)} />
          <Popconfirm title={t("confirmDeleteEvent", { name: event.name })} okText={t("delete")} cancelText={t("cancel")} onConfirm={() => destroy(event)}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("delete")} ${event.name}`} />
          </Popconfirm>
        </>
      )}
    </Space>
  );

  return (
    <div data-testid="events-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("eventsTitle")}</Typography.Title>
        {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="new-event">{t("newEvent")}</Button>}
      </Space>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <RecordList<EventRowData>
        isPhone={isPhone}
        rows={events}
        loading={fetching}
        emptyText={t("noEvents")}
        testId={(event) => `event-${event.name}`}
        card={(event) => ({
          title: event.name,
          extra: t("eventLeadCount", { count: event.leadCount }),
          body: (
            <>
              <Typography.Text type="secondary">{[event.date, event.place, event.campaign, event.owner?.displayName].filter(Boolean).join(" · ")}</Typography.Text>
              <div style={{ marginTop: 8 }}>{signUpCell(event)}</div>
              <div style={{ marginTop: 8 }}>{controls(event)}</div>
            </>
          ),
        })}
        columns={[
            { title: t("eventName"), dataIndex: "name", key: "name" },
            { title: t("eventDate"), dataIndex: "date", key: "date" },
            { title: t("eventPlace"), dataIndex: "place", key: "place" },
            { title: t("campaigns"), key: "campaign", render: (_v, e) => e.campaign ?? t("none") },
            { title: t("eventOwner"), key: "owner", render: (_v, e) => e.owner?.displayName ?? t("none") },
            { title: t("lead"), key: "leadCount", align: "right", render: (_v, e) => <span data-testid="event-lead-count">{e.leadCount}</span> },
            { title: t("signUpForm"), key: "signUp", render: (_v, e) => signUpCell(e) },
            { title: t("actions"), key: "actions", fixed: "right", render: (_v, e) => controls(e) },
        ]}
      />
      <CursorPager pages={pages} connection={connection} />
      {editing && (
        <EventModal
          event={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t("saved"));
            setEditing(null);
            refresh();
          }}
        />
      )}
      {entering && <EventLeadsModal eventId={entering.id} eventName={entering.name} onClose={() => setEntering(null)} onDone={refresh} />}
    </div>
  );
}
