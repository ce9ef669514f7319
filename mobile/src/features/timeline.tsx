import { useEffect, useState } from "react";

import { CustomerTimelineQuery, LeadTimelineQuery } from "../api/documents";
import { useRecords, useServices, useSyncStatus } from "../core/ServicesContext";
import { useI18n } from "../i18n/i18n";
import { Body, Card, SectionHeader } from "../ui/controls";

export interface TimelineItem {
  id: string;
  kind: string;
  occurredAt: string;
  summary: string;
  actorName?: string | null;
}

interface CachedTimeline {
  id: string;
  items: TimelineItem[];
  score?: { score: number; items: { label: string; points: number }[] } | null;
  fetchedAt: string;
}

/**
 * A lead's or customer's recent timeline: the copy kept on the phone at once, then the server's
 * when it answers (kept for the next time offline).
 */
export function useTimeline(kind: "lead" | "customer", id: string, skip = false): { timeline: CachedTimeline | undefined; offline: boolean } {
  const { api } = useServices();
  const records = useRecords();
  const [offline, setOffline] = useState(false);
  // Read again after each sync: a follow-up just sent shows in it.
  const { lastSyncedAt } = useSyncStatus();
  useEffect(() => {
    if (skip) return;
    let cancelled = false;
    void (async () => {
      try {
        let cached: CachedTimeline;
        if (kind === "lead") {
          const { node } = await api.request(LeadTimelineQuery, { id });
          if (!node || !("timeline" in node)) return;
          cached = { id, items: node.timeline.nodes, score: node.scoreBreakdown ?? null, fetchedAt: new Date().toISOString() };
        } else {
          const { customerTimeline } = await api.request(CustomerTimelineQuery, { id });
          if (!customerTimeline) return;
          cached = { id, items: customerTimeline.nodes, fetchedAt: new Date().toISOString() };
        }
        if (!cancelled) await records.put("timeline", [cached]);
      } catch {
        if (!cancelled) setOffline(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, records, kind, id, skip, lastSyncedAt]);
  return { timeline: records.get<CachedTimeline>("timeline", id), offline };
}

export function TimelineCard({ timeline, offline }: { timeline: CachedTimeline | undefined; offline: boolean }) {
  const { t, formatTime } = useI18n();
  return (
    <Card testID="timeline">
      <SectionHeader title={t("lead.timeline")} count={timeline?.items.length} />
      {offline ? <Body muted>{t("lead.timelineOffline")}</Body> : null}
      {!timeline && !offline ? <Body muted>{t("common.loading")}</Body> : null}
      {timeline?.items.map((item) => (
        <Body key={item.id}>
          <Body muted>{formatTime(item.occurredAt)} </Body>
          {item.summary}
          {item.actorName ? <Body muted> · {item.actorName}</Body> : null}
        </Body>
      ))}
    </Card>
  );
}
