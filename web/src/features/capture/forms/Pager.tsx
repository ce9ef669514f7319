import { Button, Space, Typography } from "antd";

import { useT } from "../../../i18n";
import { captureMessages } from "../messages";

export function Pager({ total, hasPrev, hasNext, onPrev, onNext }: { total: number; hasPrev: boolean; hasNext: boolean; onPrev: () => void; onNext: () => void }) {
  const t = useT(captureMessages);
  return (
    <Space wrap style={{ marginTop: 12, width: "100%", justifyContent: "flex-end" }}>
      <Typography.Text>{t("total", { count: total })}</Typography.Text>
      <Button disabled={!hasPrev} onClick={onPrev}>{t("prev")}</Button>
      <Button disabled={!hasNext} onClick={onNext}>{t("next")}</Button>
    </Space>
  );
}
