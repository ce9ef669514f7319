// 时间线: what happened with the customer, newest first, a keyset page at a time ("load more"
// appends the next page under the ones shown).
import { Button, Card, Empty, Spin, Timeline, Typography } from "antd";
import { useState } from "react";
import { useQuery } from "urql";

import { useT } from "../../i18n";
import { when } from "./customerColumns";
import { customerMessages } from "./messages";
import { CUSTOMER_TIMELINE } from "./queries";

const PAGE = 20;

function TimelinePage({ id, after, last, onMore }: { id: string; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const t = useT(customerMessages);
  const [{ data, fetching }] = useQuery({ query: CUSTOMER_TIMELINE, variables: { id, first: PAGE, after }, requestPolicy: "cache-and-network" });
  const page = data?.customerTimeline;
  if (fetching && !page) return <Spin />;
  if (!page) return null;
  if (after === null && page.nodes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("empty")} />;
  return (
    <>
      <Timeline
        items={page.nodes.map((entry) => ({
          key: entry.id,
          content: (
            <div data-testid="timeline-entry">
              <div>{entry.summary}</div>
              <Typography.Text type="secondary">
                {[when(entry.occurredAt), entry.actorName].filter(Boolean).join(" · ")}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <Button size="small" onClick={() => onMore(page.pageInfo.endCursor!)}>{t("loadMore")}</Button>
      )}
    </>
  );
}

export function TimelineSection({ id }: { id: string }) {
  const t = useT(customerMessages);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Card title={t("timeline")} size="small" data-testid="customer-timeline">
      {cursors.map((after, index) => (
        <TimelinePage
          key={after ?? "first"}
          id={id}
          after={after}
          last={index === cursors.length - 1}
          onMore={(cursor) => setCursors((c) => [...c, cursor])}
        />
      ))}
    </Card>
  );
}
