import { Stack, useLocalSearchParams, useRouter } from "expo-router";

import { useOutbox, useRecords } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { leadShown } from "../../offline/views";
import { Badge, Body, Button, Card, Row, Screen, SectionHeader, Title } from "../../ui/controls";
import { useDial } from "../dial";
import { navigate } from "../tasks/subject";
import { TimelineCard, useTimeline } from "../timeline";

export function LeadScreen() {
  const { id } = useLocalSearchParams<{ id: string }>();
  const records = useRecords();
  const outbox = useOutbox();
  const router = useRouter();
  const dial = useDial();
  const { t } = useI18n();
  const lead = leadShown(records, outbox, id);
  const createdHere = outbox.some((entry) => entry.creates === id);
  const { timeline, offline } = useTimeline("lead", id, createdHere);
  if (!lead) {
    return (
      <Screen>
        <Body>{t("task.notFound")}</Body>
      </Screen>
    );
  }
  const phone = lead.phone ? { value: lead.phone, holderId: lead.id, field: "phone" as const } : null;
  const address = [lead.city, lead.district, lead.company].filter(Boolean).join(" ");
  const subject = { subjectId: lead.id, subjectName: lead.name ?? "" };
  return (
    <Screen>
      <Stack.Screen options={{ title: lead.name ?? "" }} />
      <Card>
        <Row>
          <Title>{lead.name}</Title>
          {lead.status ? <Badge label={t(`status.${lead.status}`)} color="primary" /> : null}
          {lead.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
        </Row>
        {lead.company ? <Body>{[lead.company, lead.title].filter(Boolean).join(" · ")}</Body> : null}
        {lead.phone ? <Body muted>{lead.phone}</Body> : null}
        {lead.city ? <Body muted>{[lead.province, lead.city, lead.district].filter(Boolean).join(" ")}</Body> : null}
        {lead.priority ? <Body muted>{`${t("lead.priority")}: ${t(`priority.${lead.priority}`)}`}</Body> : null}
        {lead.notes ? <Body>{lead.notes}</Body> : null}
        <Row>
          {phone ? <Button compact kind="secondary" label={t("myDay.call")} onPress={() => dial(phone)} /> : null}
          {address ? <Button compact kind="secondary" label={t("myDay.navigate")} onPress={() => navigate(address)} /> : null}
          <Button compact label={t("task.logFollowUp")} onPress={() => router.push({ pathname: "/follow-up", params: subject })} />
          <Button compact kind="secondary" label={t("task.checkIn")} onPress={() => router.push({ pathname: "/check-in", params: subject })} />
          <Button compact kind="secondary" label={t("lead.edit")} onPress={() => router.push({ pathname: "/lead/edit", params: { id: lead.id } })} />
        </Row>
      </Card>
      {timeline?.score ? (
        <Card testID="score">
          <SectionHeader title={t("lead.score", { score: timeline.score.score })} />
          {timeline.score.items.map((item, index) => (
            <Body key={index} muted>
              {item.label} {item.points > 0 ? `+${item.points}` : item.points}
            </Body>
          ))}
        </Card>
      ) : null}
      {createdHere ? null : <TimelineCard timeline={timeline} offline={offline} />}
    </Screen>
  );
}
