// The last 30 days of leads: the conversion funnel and the weekly trend of leads created and
// converted. WEEK is the finest grouping leadAnalytics offers (it has MONTH and WEEK, no DAY).
import { Card, Col, Skeleton } from "antd";
import dayjs from "dayjs";
import { lazy, Suspense, useMemo } from "react";
import { useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useLocale, useT } from "../../i18n";
import { CardState } from "./CardState";
import { formatCount } from "./format";
import { workbenchMessages } from "./messages";
import { LEAD_ANALYTICS } from "./queries";
import { analyticsPeriod, nowIn, funnelOption, funnelPoints, trendOption, weeklyTrend } from "./series";

// ECharts (about 190 kB gzipped) arrives with the first chart, after the rest of the page:
// the sign-in page and the other cards do not wait for it.
const EChart = lazy(() => import("./EChart").then((module) => ({ default: module.EChart })));

type Analytics = ReturnType<typeof useLeadAnalytics>;

function useLeadAnalytics() {
  const zone = useAuth().me?.timezone;
  const filter = useMemo(() => analyticsPeriod(nowIn(zone)), [zone]);
  return { query: useQuery({ query: LEAD_ANALYTICS, variables: { filter } }), filter };
}

/** Both charts from one call, each in its own card (half the width from a tablet up). */
export function LeadCharts() {
  const analytics = useLeadAnalytics();
  return (
    <>
      <Col xs={24} lg={12}>
        <FunnelCard analytics={analytics} />
      </Col>
      <Col xs={24} lg={12}>
        <TrendCard analytics={analytics} />
      </Col>
    </>
  );
}

function FunnelCard({ analytics: { query } }: { analytics: Analytics }) {
  const t = useT(workbenchMessages);
  const { locale } = useLocale();
  const total = query[0].data?.leadAnalytics.total;
  const option = useMemo(
    () =>
      funnelOption(
        funnelPoints(total?.funnel ?? [], (status) => t(`status${status}`)),
        (n) => formatCount(n, locale),
      ),
    [total, t, locale],
  );
  return (
    <Card title={t("funnel")} data-testid="funnel-card">
      <CardState query={query} empty={{ when: !total?.leads, text: t("noLeads") }}>
        <Suspense fallback={<Skeleton active />}>
          <EChart option={option} label={t("funnel")} />
        </Suspense>
      </CardState>
    </Card>
  );
}

function TrendCard({ analytics: { query, filter } }: { analytics: Analytics }) {
  const t = useT(workbenchMessages);
  const analytics = query[0].data?.leadAnalytics;
  const option = useMemo(
    () =>
      trendOption(weeklyTrend(analytics?.groups ?? [], filter.from, filter.to), {
        created: t("created"),
        converted: t("converted"),
        week: (monday) => t("weekOf", { date: dayjs(monday).format("MM-DD") }),
      }),
    [analytics, filter, t],
  );
  return (
    <Card title={t("trend")} data-testid="trend-card">
      <CardState query={query} empty={{ when: !analytics?.total.leads, text: t("noLeads") }}>
        <Suspense fallback={<Skeleton active />}>
          <EChart option={option} label={t("trend")} />
        </Suspense>
      </CardState>
    </Card>
  );
}
