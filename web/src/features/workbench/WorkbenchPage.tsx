import { Typography } from "antd";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { shellMessages } from "../../layout/messages";

export function WorkbenchPage() {
  const t = useT(shellMessages);
  const { me } = useAuth();
  return (
    <Typography.Title level={3} data-testid="workbench-title">
      {t("workbench")} · {me?.displayName}
    </Typography.Title>
  );
}
