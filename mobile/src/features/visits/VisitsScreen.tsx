import { useRouter } from "expo-router";

import { useRecordsView } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { todaysVisits } from "../../offline/views";
import { Badge, Body, Button, Card, Row, Screen, SectionHeader } from "../../ui/controls";

export function VisitsScreen() {
  const router = useRouter();
  const { t, formatTime } = useI18n();
  const visits = useRecordsView(todaysVisits);
  return (
    <Screen>
      <Button label={t("visits.new")} onPress={() => router.push("/check-in")} />
      <SectionHeader title={t("visits.today")} count={visits.length} />
      {visits.length === 0 ? <Body muted>{t("visits.empty")}</Body> : null}
      {visits.map((visit) => (
        <Card key={visit.id} testID={`visit-${visit.id}`}>
          <Row>
            <Body style={{ fontWeight: "600" }}>{visit.subjectName}</Body>
            {visit.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
            {visit.needsAttention ? <Badge label="!" color="danger" /> : null}
          </Row>
          <Body muted>
            {formatTime(visit.occurredAt, { hour: "2-digit", minute: "2-digit" })}
            {visit.checkIn?.accuracyMeters != null ? ` · ${t("visit.accuracy", { meters: visit.checkIn.accuracyMeters })}` : ""}
            {visit.photoCount > 0 ? ` · ${t("visit.photoCount", { count: visit.photoCount })}` : ""}
          </Body>
          {visit.content ? <Body>{visit.content}</Body> : null}
        </Card>
      ))}
    </Screen>
  );
}
