// New leads in the reader's scope: created today and this week (since Monday), linking to the list.
import { Card, Col, Row, Statistic } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useLocale, useT } from "../../i18n";
import { CardState } from "./CardState";
import { formatCount } from "./format";
import { workbenchMessages } from "./messages";
import { NEW_LEADS } from "./queries";
import { newLeadWindows, nowIn } from "./series";

export function NewLeadsCard() {
  const t = useT(workbenchMessages);
  const { locale } = useLocale();
  const zone = useAuth().me?.timezone;
  // Fixed at mount: a new variable on every render would send the query again and again.
  const variables = useMemo(() => {
    const { todayFrom, weekFrom } = newLeadWindows(nowIn(zone));
    return { today: { createdFrom: todayFrom }, week: { createdFrom: weekFrom } };
  }, [zone]);
  const query = useQuery({ query: NEW_LEADS, variables });
  const data = query[0].data;
  return (
    <Card title={t("newLeads")} extra={<Link to="/leads">{t("viewLeads")}</Link>} data-testid="new-leads-card">
      <CardState query={query}>
        <Row gutter={16}>
          <Col span={12}>
            <Link to="/leads">
              <Statistic title={t("createdToday")} value={formatCount(data?.today.totalCount ?? 0, locale)} data-testid="leads-today" />
            </Link>
          </Col>
          <Col span={12}>
            <Link to="/leads">
              <Statistic title={t("createdThisWeek")} value={formatCount(data?.week.totalCount ?? 0, locale)} data-testid="leads-week" />
            </Link>
          </Col>
        </Row>
      </CardState>
    </Card>
  );
}
