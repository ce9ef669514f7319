import { useIsFocused } from "expo-router";
import { Text, View } from "react-native";
import { useSafeAreaInsets } from "react-native-safe-area-context";

import { usePalette } from "../../theme/theme";
import { NotificationBanner } from "../notifications/NotificationBanner";
import { SyncBar } from "./SyncBar";

/** The tabs' header: the title, then whether the phone is in step with the server, then a notification that just arrived. */
export function TabHeader({ title }: { title: string }) {
  const palette = usePalette();
  const insets = useSafeAreaInsets();
  // Each tab has its own header, and the tabs not shown stay mounted: only the shown one carries
  // the bars (one banner, one sync line).
  const focused = useIsFocused();
  return (
    <View style={{ paddingTop: insets.top, backgroundColor: palette.surface, borderBottomColor: palette.border, borderBottomWidth: 1 }}>
      <Text accessibilityRole="header" style={{ color: palette.text, fontSize: 18, fontWeight: "600", paddingHorizontal: 16, paddingVertical: 12 }}>
        {title}
      </Text>
      {focused ? (
        <>
          <SyncBar />
          <NotificationBanner />
        </>
      ) : null}
    </View>
  );
}
