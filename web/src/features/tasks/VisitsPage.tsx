// 外勤签到: a day's visits of the reps the user may see (a manager: the team's; a rep: their own),
// with where each check-in was made, how precise the phone's position was, and its photos.
import { EnvironmentOutlined } from "@ant-design/icons";
import { Alert, Card, DatePicker, Empty, Image, List, Space, Spin, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useQuery } from "urql";

import { authenticatedFetch } from "../../api/client";
import { session } from "../../api/session";
import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { TEAM_VISITS } from "./queries";
import { useZone } from "./shared";
import { TasksTabs } from "./TasksTabs";
import { inZone } from "./time";

// One fetch with the user's token for every photo (files are not public).
const fetchFile = authenticatedFetch(session);

/** A photo of a check-in, fetched once per photo and shown with a preview. */
function VisitPhoto({ id, name }: { id: string; name: string }) {
  const t = useT(taskMessages);
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    void fetchFile(`/api/files/${encodeURIComponent(id)}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        objectUrl = URL.createObjectURL(await response.blob());
        if (!cancelled) setUrl(objectUrl);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id]);
  if (failed) return <Tag color="error">{t("visitPhotoFailed")}</Tag>;
  if (!url) return <Spin size="small" />;
  return <Image src={url} alt={name} width={96} height={96} style={{ objectFit: "cover", borderRadius: 6 }} />;
}

export function VisitsPage() {
  const t = useT(taskMessages);
  const zone = useZone();
  const [day, setDay] = useState<Dayjs>(() => dayjs(inZone(dayjs(), zone).format("YYYY-MM-DD")));
  const [{ data, fetching, error }] = useQuery({ query: TEAM_VISITS, variables: { day: day.format("YYYY-MM-DD") } });
  const reps = data?.visits ?? [];
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <TasksTabs />
      <DatePicker aria-label={t("visitDay")} value={day} allowClear={false} onChange={(value) => value && setDay(value)} />
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />}
      {fetching && !data ? <Spin /> : null}
      {data && reps.every((rep) => rep.count === 0) ? <Empty description={t("visitNone")} /> : null}
      {reps
        .filter((rep) => rep.count > 0)
        .map((rep) => (
          <Card key={rep.rep?.id ?? "me"} size="small" title={rep.rep?.displayName} extra={t("visitSummary", { count: rep.count, checkedIn: rep.checkedIn })}>
            <List
              dataSource={rep.visits}
              rowKey="id"
              renderItem={(visit) => (
                <List.Item>
                  <Space direction="vertical" size={4} style={{ width: "100%" }}>
                    <Space wrap>
                      <Typography.Text strong>{inZone(visit.occurredAt, zone).format("HH:mm")}</Typography.Text>
                      <Typography.Text>{visit.subject && "name" in visit.subject ? visit.subject.name : ""}</Typography.Text>
                      {visit.checkIn ? (
                        <>
                          {visit.checkIn.accuracyMeters != null && <Tag>{t("visitAccuracy", { meters: visit.checkIn.accuracyMeters })}</Tag>}
                          <Typography.Link href={`https://uri.amap.com/marker?position=${visit.checkIn.longitude},${visit.checkIn.latitude}&coordinate=wgs84`} target="_blank" rel="noreferrer">
                            <EnvironmentOutlined /> {visit.checkIn.address || `${visit.checkIn.latitude.toFixed(5)}, ${visit.checkIn.longitude.toFixed(5)}`}
                          </Typography.Link>
                        </>
                      ) : (
                        <Tag color="warning">{t("visitNotCheckedIn")}</Tag>
                      )}
                    </Space>
                    {visit.content && <Typography.Paragraph style={{ margin: 0 }}>{visit.content}</Typography.Paragraph>}
                    {visit.checkIn && visit.checkIn.photos.length > 0 && (
                      <Image.PreviewGroup>
                        <Space wrap>
                          {visit.checkIn.photos.map((photo) => (
                            <VisitPhoto key={photo.id} id={photo.id} name={photo.name} />
                          ))}
                        </Space>
                      </Image.PreviewGroup>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        ))}
    </Space>
  );
}
