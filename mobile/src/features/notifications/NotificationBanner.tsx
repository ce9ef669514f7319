import { useRouter } from "expo-router";
import { Pressable, Text, View } from "react-native";

import { useI18n } from "../../i18n/i18n";
import { usePalette } from "../../theme/theme";
import { banner, routeOf, useBanner } from "./banner";

export function NotificationBanner() {
  const notification = useBanner();
  const palette = usePalette();
  const { t } = useI18n();
  const router = useRouter();
  if (!notification) return null;
  const route = routeOf(notification.data);
  return (
    <View testID="notification-banner" accessibilityRole="alert" style={{ margin: 8, padding: 12, borderRadius: 10, backgroundColor: palette.surface, borderColor: palette.primary, borderWidth: 1, gap: 4 }}>
      <Text style={{ color: palette.text, fontWeight: "600" }}>{notification.title}</Text>
      {notification.body ? <Text style={{ color: palette.muted }}>{notification.body}</Text> : null}
      <View style={{ flexDirection: "row", justifyContent: "flex-end", gap: 16 }}>
        <Pressable accessibilityRole="button" onPress={() => banner.dismiss()}>
          <Text style={{ color: palette.muted }}>{t("notify.dismiss")}</Text>
        </Pressable>
        {route ? (
          <Pressable
            accessibilityRole="button"
            onPress={() => {
              banner.dismiss();
              router.push(route as never);
            }}
          >
            <Text style={{ color: palette.primary, fontWeight: "600" }}>{t("notify.open")}</Text>
          </Pressable>
        ) : null}
      </View>
    </View>
  );
}
