// The console's home: the reader's team today, new leads, the pipeline and the last 30 days of
// leads. Each card shows only what the role may read (the API checks every call anyway).
import { Col, Row, Typography } from "antd";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { shellMessages } from "../../layout/messages";
import { LeadCharts } from "./LeadCharts";
import { NewLeadsCard } from "./NewLeadsCard";
import { PipelineCard } from "./PipelineCard";
import { TeamTodayCard } from "./TeamTodayCard";

export function WorkbenchPage() {
  const t = useT(shellMessages);
  const { me, can } = useAuth();
  return (
    <>
      <Typography.Title level={3} data-testid="workbench-title">
        {t("workbench")} · {me?.displayName}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {can("task", "read") && (
          <Col xs={24} xl={can("lead", "read") ? 16 : 24}>
            <TeamTodayCard />
          </Col>
        )}
        {can("lead", "read") && (
          <Col xs={24} xl={can("task", "read") ? 8 : 24}>
            <NewLeadsCard />
          </Col>
        )}
        {can("opportunity", "read") && (
          <Col xs={24}>
            <PipelineCard />
          </Col>
        )}
        {can("report", "read") && <LeadCharts />}
      </Row>
    </>
  );
}
