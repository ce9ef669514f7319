// 我的偏好: the user's own name, language, time zone and WeCom account, how notifications reach
// them, and the phones that receive their push messages.
import { Alert, Space, Spin } from "antd";
import { useQuery } from "urql";

import { useT } from "../../i18n";
import { DevicesCard } from "./DevicesCard";
import { settingsMessages } from "./messages";
import { NotificationsCard } from "./NotificationsCard";
import { ProfileCard } from "./ProfileCard";
import { MY_SETTINGS } from "./queries";

export function PreferencesPage() {
  const t = useT(settingsMessages);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MY_SETTINGS, requestPolicy: "cache-and-network" });
  if (error && !data) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  if (!data) return <Spin spinning={fetching} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="preferences-page">
      <ProfileCard me={data.me} />
      <NotificationsCard preferences={data.notificationPreferences} />
      <DevicesCard devices={data.myDevices} onChanged={() => refetch({ requestPolicy: "network-only" })} />
    </Space>
  );
}
