// 我的设备: the phones (and browsers) that receive the user's push messages; a lost one is
// removed here.
import { AndroidOutlined, AppleOutlined, DesktopOutlined } from "@ant-design/icons";
import { App, Button, Card, List, Popconfirm, Typography } from "antd";
import dayjs from "dayjs";
import { useMutation } from "urql";

import type { MySettingsQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { UNREGISTER_DEVICE } from "./queries";

type Device = MySettingsQuery["myDevices"][number];
const ICONS = { IOS: <AppleOutlined />, ANDROID: <AndroidOutlined />, WEB: <DesktopOutlined /> };

export function DevicesCard({ devices, onChanged }: { devices: Device[]; onChanged: () => void }) {
  const t = useT(settingsMessages);
  const { message } = App.useApp();
  const [, unregister] = useMutation(UNREGISTER_DEVICE);

  async function remove(device: Device) {
    const result = await unregister({ input: { id: device.id } });
    const payload = result.data?.unregisterDevice;
    if (result.error || !payload || payload.userErrors.length) {
      message.error(t("failed", { message: result.error?.message ?? errorsText(payload?.userErrors ?? []) }));
      return;
    }
    message.success(t("deviceRemoved"));
    onChanged();
  }

  return (
    <Card title={t("devicesCard")}>
      <List<Device>
        dataSource={devices}
        locale={{ emptyText: t("noDevices") }}
        renderItem={(device) => (
          <List.Item
            actions={[
              <Popconfirm key="remove" title={t("confirmRemoveDevice")} onConfirm={() => void remove(device)}>
                <Button danger size="small">{t("removeDevice")}</Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              avatar={ICONS[device.platform]}
              title={t(`platform_${device.platform}`)}
              description={
                <Typography.Text type="secondary">
                  {[
                    device.appVersion ? t("appVersion", { version: device.appVersion }) : null,
                    t("lastSeen", { time: dayjs(device.lastSeenAt).format("YYYY-MM-DD HH:mm") }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
