import Ionicons from "@expo/vector-icons/Ionicons";
import { Tabs } from "expo-router";
import type { ComponentProps } from "react";

import { TabHeader } from "../../src/features/sync/TabHeader";
import { useI18n } from "../../src/i18n/i18n";
import { usePalette } from "../../src/theme/theme";

const ICONS: Record<string, ComponentProps<typeof Ionicons>["name"]> = {
  index: "today-outline",
  leads: "flash-outline",
  customers: "business-outline",
  visits: "location-outline",
  me: "person-circle-outline",
};

export default function TabsLayout() {
  const { t } = useI18n();
  const palette = usePalette();
  return (
    <Tabs
      screenOptions={({ route }) => ({
        header: ({ options }) => <TabHeader title={options.title ?? ""} />,
        tabBarActiveTintColor: palette.primary,
        tabBarStyle: { backgroundColor: palette.surface, borderTopColor: palette.border },
        tabBarIcon: ({ color, size }) => <Ionicons name={ICONS[route.name] ?? "ellipse-outline"} color={color} size={size} />,
      })}
    >
      <Tabs.Screen name="index" options={{ title: t("tab.myDay") }} />
      <Tabs.Screen name="leads" options={{ title: t("tab.leads") }} />
      <Tabs.Screen name="customers" options={{ title: t("tab.customers") }} />
      <Tabs.Screen name="visits" options={{ title: t("tab.visits") }} />
      <Tabs.Screen name="me" options={{ title: t("tab.me") }} />
    </Tabs>
  );
}
