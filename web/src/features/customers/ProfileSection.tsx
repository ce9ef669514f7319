// 客户画像: value (purchases, RFM segment), preferences and behaviour activity, as customerProfile
// aggregates them.
import { Card, Descriptions, Empty, Spin, Tag, Typography } from "antd";
import { useQuery } from "urql";

import { useLocale, useT } from "../../i18n";
import { when } from "./customerColumns";
import { customerMessages } from "./messages";
import { CUSTOMER_PROFILE } from "./queries";

function money(amount: string, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(Number(amount));
}

export function ProfileSection({ id }: { id: string }) {
  const t = useT(customerMessages);
  const { locale } = useLocale();
  const [{ data, fetching }] = useQuery({ query: CUSTOMER_PROFILE, variables: { id } });
  const profile = data?.customerProfile;
  const body = () => {
    if (fetching && !profile) return <Spin />;
    if (!profile) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noProfile")} />;
    const { value, preferences, activity } = profile;
    const prefs = [
      ["products", preferences.products],
      ["categories", preferences.categories],
      ["channels", preferences.channels],
    ] as const;
    return (
      <>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t("totalPurchases")}>
            <span data-testid="profile-total">{money(value.totalPurchases, value.currency, locale)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("purchaseCount")}>{value.purchaseCount}</Descriptions.Item>
          <Descriptions.Item label={t("averageOrderValue")}>
            {value.averageOrderValue ? money(value.averageOrderValue, value.currency, locale) : "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("lastPurchaseAt")}>{when(value.lastPurchaseAt)}</Descriptions.Item>
          <Descriptions.Item label={t("segment")}>
            <Tag data-testid="profile-segment">{value.rfm.segmentLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t("rfm")}>
            {value.rfm.recency == null ? "—" : `R${value.rfm.recency} F${value.rfm.frequency} M${value.rfm.monetary}`}
          </Descriptions.Item>
          <Descriptions.Item label={t("activity")}>{t("totalEvents", { count: activity.totalEvents })}</Descriptions.Item>
          <Descriptions.Item label={t("lastEventAt")}>{when(activity.lastEventAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Text strong style={{ display: "block", marginTop: 8 }}>{t("preferences")}</Typography.Text>
        {prefs.every(([, items]) => items.length === 0) ? (
          <div><Typography.Text type="secondary">{t("empty")}</Typography.Text></div>
        ) : (
          prefs.map(([key, items]) =>
            items.length > 0 ? (
              <div key={key} style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">{t(key)}{t("colon")}</Typography.Text>
                {items.map((item) => (
                  <Tag key={item.value}>{`${item.value} ${Math.round(item.share * 100)}%`}</Tag>
                ))}
              </div>
            ) : null,
          )
        )}
      </>
    );
  };
  return (
    <Card title={t("profile")} size="small" data-testid="customer-profile">
      {body()}
    </Card>
  );
}
