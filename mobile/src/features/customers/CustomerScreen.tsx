import { Stack, useLocalSearchParams, useRouter } from "expo-router";

import { useOutbox, useRecords } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { customerShown } from "../../offline/views";
import { Badge, Body, Button, Card, Row, Screen, SectionHeader, Title } from "../../ui/controls";
import { useDial } from "../dial";
import { navigate, type Phone } from "../tasks/subject";
import { TimelineCard, useTimeline } from "../timeline";

export function CustomerScreen() {
  const { id } = useLocalSearchParams<{ id: string }>();
  const records = useRecords();
  const outbox = useOutbox();
  const router = useRouter();
  const dial = useDial();
  const { t, formatTime } = useI18n();
  const customer = customerShown(records, outbox, id);
  const { timeline, offline } = useTimeline("customer", id);
  if (!customer) {
    return (
      <Screen>
        <Body>{t("task.notFound")}</Body>
      </Screen>
    );
  }
  const address = customer.address ?? ([customer.province, customer.city, customer.district].filter(Boolean).join(" ") || null);
  const contactPhone = (contact: { id: string; mobile?: string | null; phone?: string | null } | null | undefined): Phone | null =>
    contact?.mobile ? { value: contact.mobile, holderId: contact.id, field: "mobile" } : contact?.phone ? { value: contact.phone, holderId: contact.id, field: "phone" } : null;
  const phone: Phone | null = customer.phone ? { value: customer.phone, holderId: customer.id, field: "phone" } : contactPhone(customer.primaryContact);
  const subject = { subjectId: customer.id, subjectName: customer.name ?? "" };
  return (
    <Screen>
      <Stack.Screen options={{ title: customer.name ?? "" }} />
      <Card>
        <Row>
          <Title>{customer.name}</Title>
          {customer.level ? <Badge label={customer.level} color="primary" /> : null}
          {customer.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
        </Row>
        {customer.industry ? <Body muted>{customer.industry}</Body> : null}
        {address ? <Body muted>{`${t("customer.address")}: ${address}`}</Body> : null}
        {customer.phone ? <Body muted>{customer.phone}</Body> : null}
        {customer.poolDueAt ? <Body color="warning">{t("customer.poolDue", { date: formatTime(customer.poolDueAt, { month: "numeric", day: "numeric" }) })}</Body> : null}
        {customer.notes ? <Body>{customer.notes}</Body> : null}
        <Row>
          {phone ? <Button compact kind="secondary" label={t("myDay.call")} onPress={() => dial(phone)} /> : null}
          {address ? <Button compact kind="secondary" label={t("myDay.navigate")} onPress={() => navigate(address)} /> : null}
          <Button compact label={t("task.logFollowUp")} onPress={() => router.push({ pathname: "/follow-up", params: subject })} />
          <Button compact kind="secondary" label={t("task.checkIn")} onPress={() => router.push({ pathname: "/check-in", params: subject })} />
          <Button compact kind="secondary" label={t("lead.edit")} onPress={() => router.push({ pathname: "/customer/edit", params: { id: customer.id } })} />
        </Row>
      </Card>
      {customer.contacts.length > 0 ? (
        <Card>
          <SectionHeader title={t("customer.contacts")} count={customer.contacts.length} />
          {customer.contacts.map((contact) => (
            <Row key={contact.id}>
              <Body>{[contact.name, contact.title].filter(Boolean).join(" · ")}</Body>
              {contactPhone(contact) ? <Button compact kind="link" label={contactPhone(contact)!.value} onPress={() => dial(contactPhone(contact)!)} /> : null}
            </Row>
          ))}
        </Card>
      ) : null}
      <TimelineCard timeline={timeline} offline={offline} />
    </Screen>
  );
}
